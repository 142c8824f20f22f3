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
 * Builds the team replica from remit.team.events.v1. An unreadable event goes to the dead-letter topic at once; any
 * other failure is retried with backoff for up to ten minutes, and an event still failing then goes to the
 * dead-letter topic too.
 */
@ApplicationScoped
public class TeamEventsConsumer {

    /** The channel; application.properties names its topic, group and dead-letter topic. */
    public static final String CHANNEL = "team-events";

    private final CloudEventReader reader;
    private final TeamReplicaService replica;

    TeamEventsConsumer(CloudEventReader reader, TeamReplicaService replica) {
        this.reader = reader;
        this.replica = replica;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = -1, delay = 200, maxDuration = 10, durationUnit = ChronoUnit.MINUTES,
            abortOn = PoisonEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(String message) {
        IncomingEvent event = reader.read(message);
        replica.apply(event.id(), reader.dataAs(event, TeamSnapshot.class));
    }
}
