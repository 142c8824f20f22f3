package io.remit.platform.outbox;

import io.remit.platform.events.CloudEventWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes an event as a CloudEvent into the outbox, in the caller's transaction: the event exists exactly when the
 * change it describes was committed.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_UP_REGISTERED = new Object();

    private final EntityManager entityManager;
    private final CloudEventWriter cloudEvents;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    Outbox(EntityManager entityManager, CloudEventWriter cloudEvents, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay) {
        this.entityManager = entityManager;
        this.cloudEvents = cloudEvents;
        this.transactions = transactions;
        this.relay = relay;
    }

    /** Returns the id of the new event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String append(OutgoingEvent event) {
        String eventId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        String payload = cloudEvents.write(eventId, event.type(), event.subject(), now, event.data());
        entityManager.persist(new OutboxEvent(eventId, event.topic(), event.key(), payload, now));
        wakeRelayAfterCommit();
        return eventId;
    }

    /** Once per transaction: the relay publishes right after the commit instead of at its next poll. */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_UP_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_UP_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
