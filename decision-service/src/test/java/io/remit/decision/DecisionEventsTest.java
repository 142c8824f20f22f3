package io.remit.decision;

import static io.remit.decision.Api.as;
import static io.remit.decision.Api.boundary;
import static io.remit.decision.Api.decision;
import static io.remit.decision.Api.setBoundary;
import static io.remit.decision.Org.root;
import static io.remit.decision.Org.team;
import static io.remit.decision.Org.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.decision.escalation.events.SlaBreachConsumer;
import io.remit.decision.events.DecisionEventSchemas;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.remit.platform.testing.EventSchema;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.RepositoryFiles;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** On the real broker: what decision-service publishes, and how SLA breaches move escalations up. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class DecisionEventsTest {

    static final String DECISION_TOPIC = "remit.decision.events.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    String root;
    String department;
    String team;
    String member = uniqueId("mia");
    String departmentLead = uniqueId("dana");

    @BeforeEach
    void organisation() {
        root = root(uniqueId("root")).lead(uniqueId("rory")).sla("PT2H").publish();
        department = team(uniqueId("dept"), root).lead(departmentLead).sla("PT1H").publish();
        team = team(uniqueId("team"), department).member(member).publish();
        setBoundary(department, "spend", boundary(100_000L, "HIGH", "ORGANISATION"));
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));
    }

    @Test
    void shouldPublishRecordedAndEscalatedEventsMatchingTheirSchemas() {
        var created = as(member).body(decision(team, "spend", 50_000L)).post("/decisions").then().statusCode(201)
                .extract();
        String decisionId = created.path("id");
        String escalationId = created.path("escalation.id");

        List<JsonNode> events = DecisionTopic.eventsFor(decisionId, 2);

        assertThat(events).extracting(e -> e.get("type").asText())
                .containsExactly("remit.decision.recorded.v1", "remit.decision.escalated.v1");
        events.forEach(e -> DecisionEventSchemas.forType(e.get("type").asText()).assertValid(e));
        JsonNode escalated = events.get(1);
        assertThat(escalated.get("subject").asText()).isEqualTo(escalationId);
        assertThat(escalated.at("/data/decision/budget/amount").asInt()).isEqualTo(50_000);
        assertThat(escalated.at("/data/decision/decidedBy").asText()).isEqualTo(member);
        assertThat(escalated.at("/data/escalation/targetTeamId").asText()).isEqualTo(department);
        assertThat(escalated.at("/data/escalation/level").asInt()).isEqualTo(1);
        assertThat(escalated.at("/data/escalation/reasons/0").asText()).isEqualTo("budget 50000 EUR exceeds 10000 EUR");
    }

    @Test
    void shouldMoveEscalationUpOnSlaBreachOnceAndStayAtTheRoot() {
        var created = as(member).body(decision(team, "spend", 50_000L)).post("/decisions").then().extract();
        String decisionId = created.path("id");
        String escalationId = created.path("escalation.id");

        String breach = slaBreached(escalationId, 1, department, created.path("escalation.dueAt"));
        Org.feed(SlaBreachConsumer.CHANNEL, escalationId, breach);
        Org.feed(SlaBreachConsumer.CHANNEL, escalationId, breach);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("reader").get("/escalations/{id}", escalationId)
                .then().body("level", equalTo(2)).body("targetTeamId", equalTo(root)));
        List<JsonNode> events = DecisionTopic.eventsFor(decisionId, 3);
        JsonNode movedUp = events.get(2);
        assertThat(movedUp.get("type").asText()).isEqualTo("remit.decision.escalated.v1");
        assertThat(movedUp.at("/data/escalation/level").asInt()).isEqualTo(2);
        DecisionEventSchemas.forType("remit.decision.escalated.v1").assertValid(movedUp);

        Org.feed(SlaBreachConsumer.CHANNEL, escalationId, slaBreached(escalationId, 2, root, dueAtOf(escalationId)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("reader").get("/escalations/{id}", escalationId)
                .then().body("history.action", contains("OPENED", "MOVED_UP", "BREACHED_AT_ROOT")));
        // Each renewed deadline at the root breaches again, as notification-service renews it.
        Org.feed(SlaBreachConsumer.CHANNEL, escalationId, slaBreached(escalationId, 2, root, dueAtOf(escalationId)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("reader").get("/escalations/{id}", escalationId)
                .then().body("history.action", contains("OPENED", "MOVED_UP", "BREACHED_AT_ROOT",
                        "BREACHED_AT_ROOT"))
                .body("level", equalTo(2)).body("targetTeamId", equalTo(root)));
        as("auditor").get("/teams/{t}/decisions/verify", team).then().body("valid", equalTo(true))
                .body("count", equalTo(5));
    }

    @Test
    void shouldRecordAndIgnoreABreachThatAnAcknowledgementCrossed() {
        var created = as(member).body(decision(team, "spend", 50_000L)).post("/decisions").then().extract();
        String escalationId = created.path("escalation.id");
        String missedDeadline = created.path("escalation.dueAt");
        String acknowledgedDeadline = as(departmentLead).post("/escalations/{id}/acknowledge", escalationId).then()
                .statusCode(200).extract().path("dueAt");

        Org.feed(SlaBreachConsumer.CHANNEL, escalationId, slaBreached(escalationId, 1, department, missedDeadline));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("reader").get("/escalations/{id}", escalationId)
                .then().body("history.action", contains("OPENED", "ACKNOWLEDGED", "BREACH_IGNORED")));
        as("reader").get("/escalations/{id}", escalationId).then().body("level", equalTo(1))
                .body("status", equalTo("ACKNOWLEDGED")).body("targetTeamId", equalTo(department))
                .body("dueAt", equalTo(acknowledgedDeadline));
        as("auditor").get("/teams/{t}/decisions/verify", team).then().body("valid", equalTo(true))
                .body("count", equalTo(4));

        // The breach of the deadline the acknowledgement set still moves it up.
        Org.feed(SlaBreachConsumer.CHANNEL, escalationId,
                slaBreached(escalationId, 1, department, acknowledgedDeadline));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("reader").get("/escalations/{id}", escalationId)
                .then().body("level", equalTo(2)).body("status", equalTo("OPEN")));
    }

    /**
     * An operator replays a breach from the dead-letter topic after the escalation moved on (finding 15): the event
     * is new to this service (a dead-lettered event was never marked processed), yet it names a level that has passed,
     * so it must change nothing. Breaches of one escalation share a partition, so the level-2 breach fed after it is
     * handled after it, and the history then shows exactly what that one did.
     */
    @Test
    void shouldIgnoreAnOldBreachReplayedAfterTheEscalationMovedUp() {
        var created = as(member).body(decision(team, "spend", 50_000L)).post("/decisions").then().extract();
        String escalationId = created.path("escalation.id");
        String firstDeadline = created.path("escalation.dueAt");
        Org.feed(SlaBreachConsumer.CHANNEL, escalationId, slaBreached(escalationId, 1, department, firstDeadline));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("reader").get("/escalations/{id}", escalationId)
                .then().body("level", equalTo(2)));
        String secondDeadline = dueAtOf(escalationId);

        Org.feed(SlaBreachConsumer.CHANNEL, escalationId, slaBreached(escalationId, 1, department, firstDeadline));
        Org.feed(SlaBreachConsumer.CHANNEL, escalationId, slaBreached(escalationId, 1, department, secondDeadline));
        Org.feed(SlaBreachConsumer.CHANNEL, escalationId, slaBreached(escalationId, 2, root, secondDeadline));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("reader").get("/escalations/{id}", escalationId)
                .then().body("history.action", contains("OPENED", "MOVED_UP", "BREACHED_AT_ROOT"))
                .body("level", equalTo(2)).body("targetTeamId", equalTo(root)));
    }

    private static String dueAtOf(String escalationId) {
        return as("reader").get("/escalations/{id}", escalationId).then().statusCode(200).extract().path("dueAt");
    }

    @Test
    void shouldPublishAcknowledgedAndResolvedEvents() {
        var created = as(member).body(decision(team, "spend", 50_000L)).post("/decisions").then().extract();
        String decisionId = created.path("id");
        String escalationId = created.path("escalation.id");
        as(departmentLead).post("/escalations/{id}/acknowledge", escalationId).then().statusCode(200);
        as(departmentLead).body(Map.of("outcome", "REJECTED", "comment", "Not this quarter"))
                .post("/escalations/{id}/resolve", escalationId).then().statusCode(200);

        List<JsonNode> events = DecisionTopic.eventsFor(decisionId, 6);

        // Resolving is a vote: its voted event comes first, then resolved as before, then the decision's new status.
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("remit.decision.recorded.v1",
                "remit.decision.escalated.v1", "remit.escalation.acknowledged.v1", "remit.escalation.voted.v1",
                "remit.escalation.resolved.v1", "remit.decision.status-changed.v1");
        events.forEach(e -> DecisionEventSchemas.forType(e.get("type").asText()).assertValid(e));
        assertThat(events.get(3).at("/data/status").asText()).isEqualTo("REJECTED");
        assertThat(events.get(4).at("/data/outcome").asText()).isEqualTo("REJECTED");
        assertThat(events.get(4).at("/data/comment").asText()).isEqualTo("Not this quarter");
    }

    static final EventSchema BREACH_SCHEMA =
            EventSchema.load("notification-service/src/main/resources/schemas/remit.escalation.sla-breached.v1.json");

    /**
     * The event notification-service publishes when an escalation's deadline passes unanswered, built from its
     * shipped example and checked against its schema. It carries the deadline it was armed for.
     */
    static String slaBreached(String escalationId, int level, String targetTeamId, String dueAt) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(Files.readString(RepositoryFiles.find(
                    "notification-service/src/main/resources/schemas/examples/sla-breached.json")));
            event.put("id", UUID.randomUUID().toString()).put("subject", escalationId)
                    .put("time", Instant.now().toString());
            ((ObjectNode) event.get("data")).put("escalationId", escalationId).put("level", level)
                    .put("targetTeamId", targetTeamId).put("dueAt", dueAt)
                    .put("breachedAt", Instant.now().toString());
            BREACH_SCHEMA.assertValid(event);
            assertThat(event.path("type").asText()).isEqualTo(SlaBreachConsumer.SLA_BREACHED);
            return event.toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
