package io.remit.decision.escalation.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.remit.decision.escalation.service.EscalationService;
import io.remit.platform.events.CloudEventReader;
import io.remit.platform.events.IncomingEvent;
import io.remit.platform.events.PoisonEventException;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Moves escalations up when notification-service reports that the deadline of their level passed. */
@ApplicationScoped
public class SlaBreachConsumer {

    public static final String CHANNEL = "notification-events";
    public static final String SLA_BREACHED = "remit.escalation.sla-breached.v1";

    /** The part of remit.escalation.sla-breached.v1 this service needs: which deadline of which level passed. */
    public record SlaBreached(@JsonProperty(required = true) String escalationId,
            @JsonProperty(required = true) Integer level, @JsonProperty(required = true) Instant dueAt) {
    }

    private final CloudEventReader reader;
    private final EscalationService escalations;

    SlaBreachConsumer(CloudEventReader reader, EscalationService escalations) {
        this.reader = reader;
        this.escalations = escalations;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = -1, delay = 200, maxDuration = 10, durationUnit = ChronoUnit.MINUTES,
            abortOn = PoisonEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(String message) {
        IncomingEvent event = reader.read(message);
        if (!SLA_BREACHED.equals(event.type())) {
            return;
        }
        SlaBreached breach = reader.dataAs(event, SlaBreached.class);
        escalations.onSlaBreached(event.id(), breach.escalationId(), breach.level(), breach.dueAt());
    }
}
