package io.remit.decision;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.remit.decision.team.domain.ReplicaTeam;
import io.remit.platform.testing.CloudEventRecords;
import io.remit.platform.testing.EventSchema;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.RepositoryFiles;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Builds the organisation a test needs the way production does: team events in team-service's published format
 * (checked against its schema), sent through the real broker, then waits until the replica has them.
 */
public final class Org {

    public static final String TEAM_TOPIC = "remit.team.events.v1";
    public static final EventSchema TEAM_SCHEMA =
            EventSchema.load("team-service/src/main/resources/schemas/team-event.v1.json");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Long> VERSIONS = new ConcurrentHashMap<>();
    private static KafkaProducer<String, String> producer;

    private Org() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A team as team-service would publish it. */
    public static final class Team {
        final String id;
        String parentId;
        String status = "ACTIVE";
        String sla = "PT24H";
        final Map<String, String> members = new LinkedHashMap<>();

        private Team(String id, String parentId) {
            this.id = id;
            this.parentId = parentId;
        }

        public Team lead(String userId) {
            members.put(userId, "LEAD");
            return this;
        }

        public Team member(String userId) {
            members.put(userId, "MEMBER");
            return this;
        }

        public Team status(String status) {
            this.status = status;
            return this;
        }

        public Team sla(String isoDuration) {
            this.sla = isoDuration;
            return this;
        }

        public Team parent(String parentId) {
            this.parentId = parentId;
            return this;
        }

        /** Publishes the snapshot and waits until the replica holds it; returns the team id. */
        public String publish() {
            long version = VERSIONS.merge(id, 1L, Long::sum) - 1;
            send(TEAM_TOPIC, id, toEvent(version));
            await().atMost(Duration.ofSeconds(30)).until(() -> replicaVersion(id) == version);
            return id;
        }

        private String toEvent(long version) {
            ObjectNode data = JSON.createObjectNode()
                    .put("id", id).put("name", "Team " + id).put("parentId", parentId).put("status", status)
                    .put("escalationSla", sla).put("version", version).put("updatedAt", Instant.now().toString());
            data.putObject("contacts").putNull("email").putNull("webhookUrl");
            ArrayNode list = data.putArray("members");
            members.forEach((user, role) -> list.addObject().put("userId", user).put("role", role));
            ObjectNode event = JSON.createObjectNode()
                    .put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                    .put("source", "/remit/team-service")
                    .put("type", version == 0 ? "remit.team.created.v1" : "remit.team.updated.v1")
                    .put("subject", id).put("time", Instant.now().toString())
                    .put("datacontenttype", "application/json");
            event.set("data", data);
            TEAM_SCHEMA.assertValid(event);
            return event.toString();
        }
    }

    public static Team root(String id) {
        return new Team(id, null);
    }

    public static Team team(String id, String parentId) {
        return new Team(id, parentId);
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

    /** Sends one event to a topic of the test broker and waits for the broker's acknowledgement. */
    public static synchronized void send(String topic, String key, String event) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.broker().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        }
        try {
            producer.send(CloudEventRecords.structured(topic, key, event)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish a test event", e);
        }
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
