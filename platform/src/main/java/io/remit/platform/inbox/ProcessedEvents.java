package io.remit.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * De-duplicates consumed events: called in the transaction that applies an event's effect, so the effect and the
 * record that it happened commit together, and a redelivered event changes nothing.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager entityManager;

    ProcessedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records the event as processed; false when it already was, and its effect must not be applied again. Two
     * consumers racing on the same event both get true, but only one can commit: the other's transaction fails on
     * the primary key and its retry then sees false.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markProcessed(String eventId) {
        if (entityManager.find(ProcessedEvent.class, eventId) != null) {
            return false;
        }
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = eventId;
        processed.processedAt = Instant.now();
        entityManager.persist(processed);
        return true;
    }
}
