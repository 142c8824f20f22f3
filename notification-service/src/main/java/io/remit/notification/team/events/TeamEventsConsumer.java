package io.remit.notification.team.events;

import io.remit.notification.team.service.TeamReplicaService;
import io.remit.platform.events.CloudEventReader;
import io.remit.platform.events.IncomingEvent;
import io.remit.platform.events.PoisonEventException;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Builds the team replica from remit.team.events.v1. A failure that may pass is retried with backoff; an unreadable
 * event goes to the dead-letter topic at once.
 */
@ApplicationScoped
public class TeamEventsConsumer {

    private final CloudEventReader reader;
    private final TeamReplicaService replica;

    TeamEventsConsumer(CloudEventReader reader, TeamReplicaService replica) {
        this.reader = reader;
        this.replica = replica;
    }

    @Incoming("team-events")
    @Blocking
    @Retry(maxRetries = -1, delay = 200, maxDuration = 10, durationUnit = ChronoUnit.MINUTES,
            abortOn = PoisonEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(String message) {
        IncomingEvent event = reader.read(message);
        replica.apply(event.id(), reader.dataAs(event, TeamSnapshot.class));
    }
}
