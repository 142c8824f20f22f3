package io.remit.platform.outbox;

import io.remit.platform.events.CloudEventWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes an event as a CloudEvent into the outbox, in the caller's transaction: the event exists exactly when the
 * change it describes was committed.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final CloudEventWriter cloudEvents;

    Outbox(EntityManager entityManager, CloudEventWriter cloudEvents) {
        this.entityManager = entityManager;
        this.cloudEvents = cloudEvents;
    }

    /** Returns the id of the new event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String append(String topic, String key, String type, String subject, Object data) {
        String eventId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        String payload = cloudEvents.write(eventId, type, subject, now, data);
        entityManager.persist(new OutboxEvent(eventId, topic, key, payload, now));
        return eventId;
    }
}
