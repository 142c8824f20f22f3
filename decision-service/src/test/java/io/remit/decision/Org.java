package io.remit.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.remit.decision.team.domain.ReplicaTeam;
import io.remit.platform.testing.Channels;
import io.remit.platform.testing.CloudEventRecords;
import io.remit.platform.testing.EventSchema;
import io.remit.platform.testing.TeamEventFixture;
import io.remit.platform.testing.RepositoryFiles;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.util.UUID;

/**
 * Builds the organisation a test needs the way production does: team events in team-service's published format
 * (checked against its schema), sent through the real broker, then waits until the replica has them.
 */
public final class Org {

    public static final EventSchema TEAM_SCHEMA = TeamEventFixture.SCHEMA;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Org() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A root team as team-service publishes it; {@code publish()} waits until this service's replica has it. */
    public static TeamEventFixture root(String id) {
        return new TeamEventFixture(id, null, Org::replicaVersion);
    }

    public static TeamEventFixture team(String id, String parentId) {
        return new TeamEventFixture(id, parentId, Org::replicaVersion);
    }

    /** Every example team-service ships for its consumers. */
    public static java.util.List<String> teamServiceExamples() throws Exception {
        try (var files = Files.list(RepositoryFiles.find("team-service/src/main/resources/schemas/examples"))) {
            return files.sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    /**
     * Sends one event to the topic a consumer channel reads (as configured), as the producer's relay would, and waits
     * for the acknowledgement.
     */
    public static void feed(String channel, String key, String event) {
        CloudEventRecords.send(Channels.topicOf(channel), key, event);
    }

    /** The snapshot version the replica holds for a team, or -1. */
    public static long replicaVersion(String teamId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            ReplicaTeam team = em.find(ReplicaTeam.class, teamId);
            return team == null ? -1L : team.version;
        });
    }
}
