package io.remit.decision.team.events;

import io.remit.decision.team.service.TeamReplicaService;
import io.remit.platform.events.CloudEventReader;
import io.remit.platform.events.ConsumerRetry;
import io.remit.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Builds the team replica from remit.team.events.v1. A failure that passes by itself (the database away, a lock
 * conflict) is retried for as long as it lasts (see {@link ConsumerRetry}); an unreadable event, or any other
 * failure, goes to the dead-letter topic at once with its error.
 */
@ApplicationScoped
public class TeamEventsConsumer {

    public static final String CHANNEL = "team-events";

    private final CloudEventReader reader;
    private final TeamReplicaService replica;
    private final ConsumerRetry retry;

    TeamEventsConsumer(CloudEventReader reader, TeamReplicaService replica, ConsumerRetry retry) {
        this.reader = reader;
        this.replica = replica;
        this.retry = retry;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(String message) {
        IncomingEvent event = reader.read(message);
        TeamSnapshot snapshot = reader.dataAs(event, TeamSnapshot.class);
        // The envelope's time is when the team changed; an event without one is taken as changed on arrival.
        Instant occurredAt = event.time() == null ? Instant.now() : event.time().toInstant();
        retry.untilDone(event.id(), () -> replica.apply(event.id(), occurredAt, snapshot));
    }
}
