package io.remit.notification;

import static io.remit.notification.Fixtures.as;
import static io.remit.notification.Fixtures.root;
import static io.remit.notification.Fixtures.team;
import static io.remit.notification.Fixtures.uniqueId;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** decision.escalated events become inbox notifications for the target's leads, with fallback to an ancestor. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class EscalationNotificationTest {

    @Test
    void shouldNotifyEveryLeadOfTheTargetTeam() {
        String lead1 = uniqueId("dana");
        String lead2 = uniqueId("dora");
        String root = root(uniqueId("root")).publish();
        String department = team(uniqueId("dept"), root).lead(lead1).lead(lead2).member(uniqueId("max")).publish();
        String escalation = UUID.randomUUID().toString();
        String decision = UUID.randomUUID().toString();

        Escalations.publish(Escalations.escalated(escalation, decision, "payments", 1, department,
                Instant.now().plus(Duration.ofHours(1))), decision);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(lead1).get("/notifications")
                .then().statusCode(200).body("items.escalationId", contains(escalation)));
        as(lead1).get("/notifications").then()
                .body("items[0].channel", equalTo("INBOX"))
                .body("items[0].status", equalTo("UNREAD"))
                .body("items[0].level", equalTo(1))
                .body("items[0].teamId", equalTo(department))
                .body("items[0].fallback", equalTo(false))
                .body("items[0].decisionId", equalTo(decision));
        as("gail", "governance").queryParam("escalationId", escalation).get("/notifications")
                .then().body("items.recipient", containsInAnyOrder(lead1, lead2));
    }

    @Test
    void shouldFallBackToNearestAncestorWithALead() {
        String rootLead = uniqueId("rory");
        String root = root(uniqueId("root")).lead(rootLead).publish();
        String silent = team(uniqueId("silent"), root).publish();
        String escalation = UUID.randomUUID().toString();
        String decision = UUID.randomUUID().toString();

        Escalations.publish(Escalations.escalated(escalation, decision, "payments", 1, silent,
                Instant.now().plus(Duration.ofHours(1))), decision);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(rootLead).get("/notifications")
                .then().body("items.escalationId", contains(escalation)));
        as(rootLead).get("/notifications").then().body("items[0].fallback", equalTo(true))
                .body("items[0].teamId", equalTo(root));
    }

    @Test
    void shouldWaitForATeamTheReplicaDoesNotKnowYet() {
        String lead = uniqueId("lena");
        String root = root(uniqueId("root")).publish();
        String late = uniqueId("late");
        String escalation = UUID.randomUUID().toString();
        String decision = UUID.randomUUID().toString();

        Escalations.publish(Escalations.escalated(escalation, decision, "payments", 1, late,
                Instant.now().plus(Duration.ofHours(1))), decision);
        team(late, root).lead(lead).publish();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(lead).get("/notifications")
                .then().body("items.escalationId", contains(escalation)));
    }

    @Test
    void shouldKeepTheResolutionOfAnEscalationThatWaitedForItsTeam() {
        String lead = uniqueId("lena");
        String root = root(uniqueId("root")).publish();
        String late = uniqueId("late");
        String escalation = UUID.randomUUID().toString();
        String decision = UUID.randomUUID().toString();

        // Due soon, so that a timer left armed would breach within the test; not so soon that a loaded machine
        // delivers the team before the resolution is parked (the escalation would then rightly breach first).
        Escalations.publish(Escalations.escalated(escalation, decision, "payments", 1, late,
                Instant.now().plusSeconds(5)), decision);
        Escalations.publish(Escalations.resolved(escalation, decision, "payments", 1, late, "APPROVED", "gail"),
                decision);
        team(late, root).lead(lead).publish();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("gail", "governance")
                .get("/audit/escalations/{id}", escalation).then().statusCode(200)
                .body("escalation.status", equalTo("APPROVED")));
        await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(8)).untilAsserted(() ->
                as("gail", "governance").get("/audit/escalations/{id}", escalation).then()
                        .body("escalation.breaches", hasSize(0)));
    }

    @Test
    void shouldNeverReopenOrNotifyAnEscalationResolvedWhileItsNextLevelWaitedForItsTeam() {
        WaitingLevel waiting = WaitingLevel.publish();

        waiting.answerThenLetTheTeamArrive(Escalations.resolved(waiting.escalation(), waiting.decision(), "payments",
                2, waiting.late(), "APPROVED", "gail"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("gail", "governance")
                .get("/audit/escalations/{id}", waiting.escalation()).then().statusCode(200)
                .body("escalation.level", equalTo(2)).body("escalation.status", equalTo("APPROVED")));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            as("gail", "governance").get("/audit/escalations/{id}", waiting.escalation()).then()
                    .body("escalation.status", equalTo("APPROVED"));
            as(waiting.lateLead()).get("/notifications").then().statusCode(200).body("items", hasSize(0));
        });
    }

    @Test
    void shouldApplyAnAcknowledgementAfterTheLevelItFollowedThatWaitedForItsTeam() {
        WaitingLevel waiting = WaitingLevel.publish();
        Instant acknowledgedDeadline = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MICROS);

        waiting.answerThenLetTheTeamArrive(Escalations.acknowledged(waiting.escalation(), waiting.decision(),
                "payments", 2, waiting.late(), waiting.lateLead(), acknowledgedDeadline));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("gail", "governance")
                .get("/audit/escalations/{id}", waiting.escalation()).then().statusCode(200)
                .body("escalation.level", equalTo(2)).body("escalation.status", equalTo("ACKNOWLEDGED"))
                .body("escalation.dueAt", equalTo(acknowledgedDeadline.toString())));
    }

    /**
     * An escalation handled at a replicated team, whose second level went to a team the replica does not know yet
     * (so that level is parked).
     */
    private record WaitingLevel(String escalation, String decision, String root, String department,
            String departmentLead, String late, String lateLead) {

        static WaitingLevel publish() {
            String root = Fixtures.root(uniqueId("root")).publish();
            String departmentLead = uniqueId("dana");
            WaitingLevel waiting = new WaitingLevel(UUID.randomUUID().toString(), UUID.randomUUID().toString(), root,
                    team(uniqueId("dept"), root).lead(departmentLead).publish(), departmentLead, uniqueId("late"),
                    uniqueId("lena"));
            Instant dueAt = Instant.now().plus(Duration.ofHours(1));
            Escalations.publish(Escalations.escalated(waiting.escalation, waiting.decision, "payments", 1,
                    waiting.department, dueAt), waiting.decision);
            Escalations.publish(Escalations.escalated(waiting.escalation, waiting.decision, "payments", 2,
                    waiting.late, dueAt), waiting.decision);
            return waiting;
        }

        /**
         * Publishes an answer, waits until the service has consumed it (a marker escalation sent after it on the same
         * partition has notified the department's lead), then publishes the team the second level waits for.
         */
        void answerThenLetTheTeamArrive(ObjectNode answer) {
            Escalations.publish(answer, decision);
            String marker = UUID.randomUUID().toString();
            Escalations.publish(Escalations.escalated(marker, decision, "payments", 1, department,
                    Instant.now().plus(Duration.ofHours(1))), decision);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(departmentLead).get("/notifications")
                    .then().body("items.escalationId", hasItem(marker)));
            team(late, root).lead(lateLead).publish();
        }
    }

    @Test
    void shouldLetUsersReadOnlyTheirOwnInbox() {
        String lead = uniqueId("lou");
        String root = root(uniqueId("root")).publish();
        String department = team(uniqueId("dept"), root).lead(lead).publish();
        String escalation = UUID.randomUUID().toString();
        String decision = UUID.randomUUID().toString();
        Escalations.publish(Escalations.escalated(escalation, decision, "payments", 1, department,
                Instant.now().plus(Duration.ofHours(1))), decision);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(lead).get("/notifications")
                .then().body("items", hasSize(1)));
        String id = as(lead).get("/notifications").then().extract().path("items[0].id");

        as("nosy").queryParam("recipient", lead).get("/notifications").then().statusCode(403);
        as("nosy").get("/notifications").then().statusCode(200).body("items", hasSize(0));
        as("nosy").post("/notifications/{id}/read", id).then().statusCode(404);
        io.restassured.RestAssured.given().get("/notifications").then().statusCode(401);
        io.restassured.RestAssured.given().auth().oauth2(DevTokens.tokenWithOtherUsername(uniqueId("u-999"), lead))
                .get("/notifications").then().statusCode(200).body("items", hasSize(0));
        io.restassured.RestAssured.given().auth().oauth2(DevTokens.tokenWithoutSubject(lead))
                .get("/notifications").then().statusCode(401).contentType("application/problem+json");

        as(lead).post("/notifications/{id}/read", id).then().statusCode(200).body("status", equalTo("READ"));
        as(lead).queryParam("status", "UNREAD").get("/notifications").then().body("items", hasSize(0));
        as(lead).queryParam("status", "READ").get("/notifications").then()
                .body("items.status", everyItem(equalTo("READ")));
    }
}
