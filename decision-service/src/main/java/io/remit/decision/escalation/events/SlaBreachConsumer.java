package io.remit.decision.escalation.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.remit.decision.escalation.service.EscalationService;
import io.remit.platform.events.CloudEventReader;
import io.remit.platform.events.ConsumerRetry;
import io.remit.platform.events.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Moves escalations up when notification-service reports that the deadline of their level passed. A failure that
 * passes by itself is retried for as long as it lasts (see {@link ConsumerRetry}); an unreadable event, or any other
 * failure, goes to the dead-letter topic at once with its error.
 */
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
    private final ConsumerRetry retry;

    SlaBreachConsumer(CloudEventReader reader, EscalationService escalations, ConsumerRetry retry) {
        this.reader = reader;
        this.escalations = escalations;
        this.retry = retry;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(String message) {
        IncomingEvent event = reader.read(message);
        if (!SLA_BREACHED.equals(event.type())) {
            return;
        }
        SlaBreached breach = reader.dataAs(event, SlaBreached.class);
        retry.untilDone(event.id(), () -> escalations.onSlaBreached(event.id(), breach.escalationId(), breach.level(),
                breach.dueAt()));
    }
}
