package io.remit.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The relay's reads and writes of the outbox, each in a short transaction of its own. */
@ApplicationScoped
@Transactional
class OutboxStore {

    private final EntityManager entityManager;

    OutboxStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The first pending events in publishing order, leaving out those of the given keys (as HeldKeys.keyOf). */
    List<OutboxEvent> nextPending(int limit, Set<String> heldKeys) {
        String leaveOutHeld = heldKeys.isEmpty() ? "" : " and concat(e.topic, ' ', e.messageKey) not in :held";
        var query = entityManager.createQuery(
                "from OutboxEvent e where e.publishedAt is null" + leaveOutHeld + " order by e.seq", OutboxEvent.class);
        if (!heldKeys.isEmpty()) {
            query.setParameter("held", heldKeys);
        }
        return query.setMaxResults(limit).getResultList();
    }

    void markPublished(List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        entityManager.createQuery("update OutboxEvent e set e.publishedAt = :now where e.seq in :seqs")
                .setParameter("now", Instant.now())
                .setParameter("seqs", events.stream().map(e -> e.seq).toList())
                .executeUpdate();
    }

    long countPending() {
        return entityManager.createQuery("select count(e) from OutboxEvent e where e.publishedAt is null", Long.class)
                .getSingleResult();
    }

    /** When the oldest event still waiting for the broker was written; empty when none waits. */
    Optional<Instant> oldestPendingAt() {
        return Optional.ofNullable(entityManager
                .createQuery("select min(e.createdAt) from OutboxEvent e where e.publishedAt is null", Instant.class)
                .getSingleResult());
    }

    int deletePublishedBefore(Instant cutoff) {
        return entityManager.createQuery("delete from OutboxEvent e where e.publishedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
