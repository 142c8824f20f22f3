package io.remit.notification.escalation.events;

import io.remit.notification.escalation.service.EscalationTracker;
import io.remit.platform.events.CloudEventReader;
import io.remit.platform.events.ConsumerRetry;
import io.remit.platform.events.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads remit.decision.events.v1: escalations to notify and time, acknowledgements, votes, resolutions and
 * withdrawals, and status changes of escalated decisions. A failure that
 * passes by itself (the database away, a lock conflict) is retried for as long as it lasts (see
 * {@link ConsumerRetry}); an unreadable event, or any other failure, goes to the dead-letter topic at once with its
 * error.
 */
@ApplicationScoped
public class DecisionEventsConsumer {

    /** The channel; application.properties names its topic, group and dead-letter topic. */
    public static final String CHANNEL = "decision-events";

    private final CloudEventReader reader;
    private final EscalationTracker tracker;
    private final ConsumerRetry retry;

    DecisionEventsConsumer(CloudEventReader reader, EscalationTracker tracker, ConsumerRetry retry) {
        this.reader = reader;
        this.tracker = tracker;
        this.retry = retry;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(String message) {
        IncomingEvent event = reader.read(message);
        retry.untilDone(event.id(), () -> tracker.apply(event, message));
    }
}
