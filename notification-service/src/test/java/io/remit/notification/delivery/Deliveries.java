package io.remit.notification.delivery;

import static io.remit.notification.Fixtures.as;
import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.remit.notification.Escalations;
import io.remit.notification.notification.domain.DeliveryAttempt;
import io.remit.notification.notification.domain.NotificationRepository;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Escalations to a team and what became of their email and webhook notifications. */
final class Deliveries {

    private Deliveries() {
    }

    /** An escalation of a decision by a team, published through the broker; returns its id. */
    static String escalate(String decidingTeam, String target, Instant dueAt) {
        String escalation = UUID.randomUUID().toString();
        String decision = UUID.randomUUID().toString();
        Escalations.publish(Escalations.escalated(escalation, decision, decidingTeam, 1, target, dueAt), decision);
        return escalation;
    }

    /** The escalation's notification over a channel, as governance reads it, once it is DELIVERED or FAILED. */
    static Map<String, Object> awaitSettled(String escalationId, String channel) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> notification(escalationId, channel),
                        n -> n != null && ("DELIVERED".equals(n.get("status")) || "FAILED".equals(n.get("status"))));
    }

    static Map<String, Object> notification(String escalationId, String channel) {
        JsonPath page = as("gail", "governance").queryParam("escalationId", escalationId).get("/notifications")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(n -> channel.equals(n.get("channel"))).findFirst().orElse(null);
    }

    /** Every try to deliver a notification, in order, read straight from the database. */
    static List<DeliveryAttempt> attempts(String notificationId) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(NotificationRepository.class)
                .get().findAttempts(notificationId));
    }
}
