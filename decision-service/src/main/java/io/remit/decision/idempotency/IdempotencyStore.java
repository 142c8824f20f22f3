package io.remit.decision.idempotency;

import io.quarkus.scheduler.Scheduled;
import io.remit.decision.config.RulesConfig;
import io.remit.platform.problem.Causes;
import io.remit.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency-Key handling for POST /decisions, scoped to the caller. The key is looked up and, after a success,
 * stored in the request's own transaction: a request that fails, or never finishes (a crash, a lost database), leaves
 * nothing behind, so its retry runs at once. Two requests racing with one key both run; the unique key lets only the
 * first commit, and the other is refused with 409 and rolled back, its decision with it.
 */
@ApplicationScoped
public class IdempotencyStore {

    private final EntityManager entityManager;
    private final RulesConfig rules;

    IdempotencyStore(EntityManager entityManager, RulesConfig rules) {
        this.entityManager = entityManager;
        this.rules = rules;
    }

    /** The response stored for a completed request. */
    public record StoredResponse(int status, String location, String body) {
    }

    /**
     * The response of an earlier success with this key and body, if any. Throws 422 when the key was used with
     * another body.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StoredResponse> replay(String caller, String key, String requestHash) {
        IdempotencyRecord existing = entityManager.find(IdempotencyRecord.class,
                new IdempotencyRecord.Key(caller, key));
        if (existing == null) {
            return Optional.empty();
        }
        if (existing.createdAt.isBefore(Instant.now().minus(rules.idempotencyRetention()))) {
            // Expired but not purged yet: the key is free again.
            entityManager.remove(existing);
            entityManager.flush();
            return Optional.empty();
        }
        if (!existing.requestHash.equals(requestHash)) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key used for another request",
                    "Key '" + key + "' was first used with a different request body");
        }
        return Optional.of(new StoredResponse(existing.status, existing.location, existing.responseBody));
    }

    /**
     * Stores the response, in the transaction that made the change it describes. Throws 409 when a concurrent request
     * with the same key stored its response first (the caller's transaction must then roll back).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String caller, String key, String requestHash, int status, String location, String body) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.caller = caller;
        record.idemKey = key;
        record.requestHash = requestHash;
        record.status = status;
        record.location = location;
        record.responseBody = body;
        record.createdAt = Instant.now();
        try {
            entityManager.persist(record);
            entityManager.flush();
        } catch (PersistenceException e) {
            if (isDuplicateKey(e)) {
                throw new ProblemException(409, "idempotency-key-in-flight",
                        "Request with this Idempotency-Key in progress", "Another request with key '" + key
                                + "' ran at the same time and was logged; retry to get its response");
            }
            throw e;
        }
    }

    @Scheduled(identity = "idempotency-purge", every = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        entityManager.createQuery("delete from IdempotencyRecord r where r.createdAt < :cutoff")
                .setParameter("cutoff", Instant.now().minus(rules.idempotencyRetention()))
                .executeUpdate();
    }

    private static boolean isDuplicateKey(Throwable e) {
        return Causes.anyMatch(e, org.hibernate.exception.ConstraintViolationException.class::isInstance);
    }
}
