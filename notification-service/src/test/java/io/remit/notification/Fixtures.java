package io.remit.notification;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.remit.notification.sla.events.NotificationEvents;
import io.remit.notification.team.domain.ReplicaTeam;
import io.remit.platform.testing.CloudEventRecords;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.RepositoryFiles;
import io.remit.platform.testing.TeamEventFixture;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;

/**
 * Feeds the service the events its producers publish, in their published formats (checked against the producers'
 * schemas), through the real broker, and waits until they are applied.
 */
public final class Fixtures {

    public static final String NOTIFICATION_TOPIC = NotificationEvents.TOPIC;
    public static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification as(String userId, String... roles) {
        return given().auth().oauth2(DevTokens.token(userId, roles)).contentType(ContentType.JSON);
    }

    /** A root team as team-service publishes it; {@code publish()} waits until this service's replica has it. */
    public static TeamEventFixture root(String id) {
        return new TeamEventFixture(id, null, Fixtures::replicaVersion);
    }

    public static TeamEventFixture team(String id, String parentId) {
        return new TeamEventFixture(id, parentId, Fixtures::replicaVersion);
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

    /** Sends one event to a topic of the test broker, as the relay would, and waits for the acknowledgement. */
    public static void send(String topic, String key, String event) {
        CloudEventRecords.send(topic, key, event);
    }

    public static long replicaVersion(String teamId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            ReplicaTeam team = em.find(ReplicaTeam.class, teamId);
            return team == null ? -1L : team.version;
        });
    }
}
