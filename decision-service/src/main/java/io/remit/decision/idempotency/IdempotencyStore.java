package io.remit.decision.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.remit.decision.config.RulesConfig;
import io.remit.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency-Key handling for POST /decisions, scoped to the caller: a key is claimed in a transaction of its own
 * before the request runs, completed in the request's transaction with the response, and released if it fails, so
 * only successes are replayed.
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
     * Claims the key for this request; returns the stored response when the same request already succeeded.
     * Throws 422 when the key was used with another body, 409 while a request with the key is still running.
     */
    public Optional<StoredResponse> claim(String caller, String key, String requestHash) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> claimOrReplay(caller, key, requestHash));
        } catch (ProblemException refusal) {
            throw refusal;
        } catch (RuntimeException e) {
            if (isDuplicateKey(e)) {
                // Another request inserted the same key between our read and our insert: it is in flight.
                throw inFlight(key);
            }
            throw e;
        }
    }

    /** Stores the response, in the transaction that made the change it describes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String caller, String key, int status, String location, String body) {
        IdempotencyRecord record = entityManager.find(IdempotencyRecord.class, new IdempotencyRecord.Key(caller, key));
        record.state = IdempotencyRecord.DONE;
        record.status = status;
        record.location = location;
        record.responseBody = body;
    }

    /** Frees the key after a failed request, so the caller can retry it. */
    public void release(String caller, String key) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createQuery("delete from IdempotencyRecord r where r.caller = :caller and r.idemKey = :key "
                        + "and r.state = :inFlight")
                .setParameter("caller", caller)
                .setParameter("key", key)
                .setParameter("inFlight", IdempotencyRecord.IN_FLIGHT)
                .executeUpdate());
    }

    @Scheduled(identity = "idempotency-purge", every = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        entityManager.createQuery("delete from IdempotencyRecord r where r.createdAt < :cutoff")
                .setParameter("cutoff", Instant.now().minus(rules.idempotencyRetention()))
                .executeUpdate();
    }

    private Optional<StoredResponse> claimOrReplay(String caller, String key, String requestHash) {
        Instant now = Instant.now();
        IdempotencyRecord existing = entityManager.find(IdempotencyRecord.class,
                new IdempotencyRecord.Key(caller, key));
        boolean expired = existing != null && existing.createdAt.isBefore(now.minus(rules.idempotencyRetention()));
        boolean abandoned = existing != null && IdempotencyRecord.IN_FLIGHT.equals(existing.state)
                && existing.createdAt.isBefore(now.minus(rules.idempotencyInFlightTimeout()));
        if (existing != null && !expired && !abandoned) {
            if (!existing.requestHash.equals(requestHash)) {
                throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key used for another request",
                        "Key '" + key + "' was first used with a different request body");
            }
            if (IdempotencyRecord.IN_FLIGHT.equals(existing.state)) {
                throw inFlight(key);
            }
            return Optional.of(new StoredResponse(existing.status, existing.location, existing.responseBody));
        }
        if (existing != null) {
            entityManager.remove(existing);
            entityManager.flush();
        }
        IdempotencyRecord record = new IdempotencyRecord();
        record.caller = caller;
        record.idemKey = key;
        record.requestHash = requestHash;
        record.state = IdempotencyRecord.IN_FLIGHT;
        record.createdAt = now;
        entityManager.persist(record);
        entityManager.flush();
        return Optional.empty();
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException inFlight(String key) {
        return new ProblemException(409, "idempotency-key-in-flight", "Request with this Idempotency-Key in progress",
                "A request with key '" + key + "' is still running; retry when it has finished");
    }
}
