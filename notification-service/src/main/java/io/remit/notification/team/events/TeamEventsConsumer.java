package io.remit.notification.team.events;

import io.remit.notification.team.service.TeamReplicaService;
import io.remit.platform.events.CloudEventReader;
import io.remit.platform.events.ConsumerRetry;
import io.remit.platform.events.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Builds the team replica from remit.team.events.v1. A failure that passes by itself (the database away, a lock
 * conflict) is retried for as long as it lasts (see {@link ConsumerRetry}); an unreadable event, or any other
 * failure, goes to the dead-letter topic at once with its error.
 */
@ApplicationScoped
public class TeamEventsConsumer {

    /** The channel; application.properties names its topic, group and dead-letter topic. */
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
        retry.untilDone(event.id(), () -> replica.apply(event.id(), snapshot));
    }
}
