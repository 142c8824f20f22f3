package io.remit.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.remit.notification.team.domain.ReplicaTeam;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.CloudEventRecords;
import io.remit.platform.testing.EventSchema;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.RepositoryFiles;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
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
 * Feeds the service the events its producers publish, in their published formats (checked against the producers'
 * schemas), through the real broker, and waits until they are applied.
 */
public final class Fixtures {

    public static final String TEAM_TOPIC = "remit.team.events.v1";
    public static final String DECISION_TOPIC = "remit.decision.events.v1";
    public static final String NOTIFICATION_TOPIC = "remit.notification.events.v1";
    public static final EventSchema TEAM_SCHEMA =
            EventSchema.load("team-service/src/main/resources/schemas/team-event.v1.json");
    public static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, Long> VERSIONS = new ConcurrentHashMap<>();
    private static KafkaProducer<String, String> producer;

    private Fixtures() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification as(String userId, String... roles) {
        return given().auth().oauth2(DevTokens.token(userId, roles)).contentType(ContentType.JSON);
    }

    /** A team as team-service publishes it. */
    public static final class Team {
        final String id;
        final String parentId;
        String sla = "PT24H";
        String email;
        String webhookUrl;
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

        public Team sla(String isoDuration) {
            sla = isoDuration;
            return this;
        }

        public Team email(String address) {
            email = address;
            return this;
        }

        public Team webhook(String url) {
            webhookUrl = url;
            return this;
        }

        /** Publishes the snapshot and waits until the replica holds it; returns the team id. */
        public String publish() {
            long version = VERSIONS.merge(id, 1L, Long::sum) - 1;
            ObjectNode data = JSON.createObjectNode()
                    .put("id", id).put("name", "Team " + id).put("parentId", parentId).put("status", "ACTIVE")
                    .put("escalationSla", sla).put("version", version).put("updatedAt", Instant.now().toString());
            data.putObject("contacts").put("email", email).put("webhookUrl", webhookUrl);
            ArrayNode list = data.putArray("members");
            members.forEach((user, role) -> list.addObject().put("userId", user).put("role", role));
            ObjectNode event = envelope("/remit/team-service",
                    version == 0 ? "remit.team.created.v1" : "remit.team.updated.v1", id, data);
            TEAM_SCHEMA.assertValid(event);
            send(TEAM_TOPIC, id, event.toString());
            await().atMost(Duration.ofSeconds(30)).until(() -> replicaVersion(id) == version);
            return id;
        }
    }

    public static Team root(String id) {
        return new Team(id, null);
    }

    public static Team team(String id, String parentId) {
        return new Team(id, parentId);
    }

    /** decision-service's example of an event, as shipped with its schemas (read fresh on every call). */
    public static ObjectNode decisionExample(String fileName) {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(
                    RepositoryFiles.find("decision-service/src/main/resources/schemas/examples/" + fileName)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode envelope(String source, String type, String subject, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", "1.0").put("id", UUID.randomUUID().toString()).put("source", source)
                .put("type", type).put("subject", subject).put("time", Instant.now().toString())
                .put("datacontenttype", "application/json");
        event.set("data", data);
        return event;
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

    public static long replicaVersion(String teamId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            ReplicaTeam team = em.find(ReplicaTeam.class, teamId);
            return team == null ? -1L : team.version;
        });
    }
}
