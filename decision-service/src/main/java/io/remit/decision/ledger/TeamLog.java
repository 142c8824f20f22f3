package io.remit.decision.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Appends entries to a team's hash chain. The caller's transaction holds the head row locked until it commits, so
 * concurrent appends for one team queue up instead of forking the chain; teams do not wait for each other.
 */
@ApplicationScoped
public class TeamLog {

    private final EntityManager entityManager;

    TeamLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Creates an empty log for a team the first time it is seen. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openLog(String teamId) {
        if (entityManager.find(TeamLogHead.class, teamId) == null) {
            TeamLogHead head = new TeamLogHead();
            head.teamId = teamId;
            entityManager.persist(head);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TeamLogHead findHead(String teamId) {
        return entityManager.find(TeamLogHead.class, teamId);
    }

    /** Locks the team's log for this transaction and returns its head. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TeamLogHead lockHead(String teamId) {
        TeamLogHead head = entityManager.find(TeamLogHead.class, teamId, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("No log for team " + teamId + ": its replica row is missing");
        }
        return head;
    }

    /** Places an entry after the locked head, seals it with its hash, and moves the head to it. */
    public static void chain(TeamLogHead head, ChainedEntry entry) {
        entry.place(head.lastSeq + 1, head.lastHash);
        String hash = CanonicalForm.hash(head.lastHash, entry.canonicalContent());
        entry.seal(hash);
        head.lastSeq = entry.logSeq();
        head.lastHash = hash;
    }
}
