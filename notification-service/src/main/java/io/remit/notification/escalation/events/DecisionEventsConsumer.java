package io.remit.notification.escalation.events;

import io.remit.notification.escalation.service.EscalationTracker;
import io.remit.platform.events.CloudEventReader;
import io.remit.platform.events.PoisonEventException;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads remit.decision.events.v1: escalations to notify and time, acknowledgements and resolutions. An unreadable event
 * goes to the dead-letter topic at once; any other failure is retried with backoff for up to ten minutes, and an
 * event still failing then goes to the dead-letter topic too.
 */
@ApplicationScoped
public class DecisionEventsConsumer {

    /** The channel; application.properties names its topic, group and dead-letter topic. */
    public static final String CHANNEL = "decision-events";

    private final CloudEventReader reader;
    private final EscalationTracker tracker;

    DecisionEventsConsumer(CloudEventReader reader, EscalationTracker tracker) {
        this.reader = reader;
        this.tracker = tracker;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = -1, delay = 200, maxDuration = 10, durationUnit = ChronoUnit.MINUTES,
            abortOn = PoisonEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(String message) {
        tracker.apply(reader.read(message), message);
    }
}
