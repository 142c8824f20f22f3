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

/** Reads remit.decision.events.v1: escalations to notify and time, acknowledgements and resolutions. */
@ApplicationScoped
public class DecisionEventsConsumer {

    private final CloudEventReader reader;
    private final EscalationTracker tracker;

    DecisionEventsConsumer(CloudEventReader reader, EscalationTracker tracker) {
        this.reader = reader;
        this.tracker = tracker;
    }

    @Incoming("decision-events")
    @Blocking
    @Retry(maxRetries = -1, delay = 200, maxDuration = 10, durationUnit = ChronoUnit.MINUTES,
            abortOn = PoisonEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(String message) {
        tracker.apply(reader.read(message), message);
    }
}
