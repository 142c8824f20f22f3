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
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.decision.escalation.events.SlaBreachConsumer;
import io.remit.decision.events.DecisionEventSchemas;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.TopicReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Routing explains itself: each level of an escalation names the teams it passed over and why, in the escalation's
 * routes, in its escalated event and in the deciding team's hash chain.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class EscalationRoutesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    String member = uniqueId("mia");
    String root;
    String upper;
    String area;
    String suspended;
    String department;
    String team;

    /** root (lead) > upper (no lead) > area (covers) > suspended > department (too small) > team. */
    @BeforeEach
    void organisation() {
        root = root(uniqueId("root")).lead(uniqueId("rory")).publish();
        upper = team(uniqueId("upper"), root).member(uniqueId("uma")).publish();
        area = team(uniqueId("area"), upper).lead(uniqueId("alma")).publish();
        suspended = team(uniqueId("susp"), area).lead(uniqueId("sam")).status("SUSPENDED").publish();
        department = team(uniqueId("dept"), suspended).lead(uniqueId("dana")).publish();
        team = team(uniqueId("team"), department).member(member).publish();
        setBoundary(area, "spend", boundary(100_000L, "HIGH", "ORGANISATION"));
        setBoundary(department, "spend", boundary(20_000L, "MEDIUM", "TEAM"));
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));
    }

    @Test
    void shouldNameTheTeamsEachRoutingLevelSkippedAndWhy() {
        Map<String, Object> risky = decision(team, "spend", 50_000L);
        risky.put("risk", "HIGH");
        var created = as(member).body(risky).post("/decisions").then().statusCode(201).extract();
        String decisionId = created.path("id");
        String escalationId = created.path("escalation.id");

        as("reader").get("/escalations/{id}", escalationId).then().statusCode(200)
                .body("targetTeamId", equalTo(area))
                .body("routes.level", contains(1))
                .body("routes[0].targetTeamId", equalTo(area))
                .body("routes[0].skipped.teamId", contains(department, suspended))
                .body("routes[0].skipped.reason", contains("NOT_COVERED", "SUSPENDED"))
                .body("routes[0].skipped.detail", contains(
                        "budget 50000 EUR exceeds 20000 EUR; risk HIGH exceeds MEDIUM", "autonomy suspended"));

        String dueAt = created.path("escalation.dueAt");
        Org.feed(SlaBreachConsumer.CHANNEL, escalationId, DecisionEventsTest.slaBreached(escalationId, 1, area, dueAt));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("reader").get("/escalations/{id}", escalationId)
                .then().body("level", equalTo(2)));

        as("reader").get("/escalations/{id}", escalationId).then().statusCode(200)
                .body("targetTeamId", equalTo(root))
                .body("routes.level", contains(1, 2))
                .body("routes.targetTeamId", contains(area, root))
                .body("routes[1].skipped.teamId", contains(upper))
                .body("routes[1].skipped.reason", contains("NO_LEAD_OR_DELEGATE"));

        List<JsonNode> escalated = escalatedEventsOf(decisionId, 2);
        escalated.forEach(event -> DecisionEventSchemas.forType(event.path("type").asText()).assertValid(event));
        assertThat(escalated.get(0).at("/data/escalation/skipped/0/teamId").asText()).isEqualTo(department);
        assertThat(escalated.get(0).at("/data/escalation/skipped/1/reason").asText()).isEqualTo("SUSPENDED");
        assertThat(escalated.get(1).at("/data/escalation/skipped/0/reason").asText())
                .isEqualTo("NO_LEAD_OR_DELEGATE");
        as("auditor").get("/teams/{t}/decisions/verify", team).then().statusCode(200)
                .body("valid", equalTo(true)).body("count", equalTo(3));
    }

    @Test
    void shouldWriteAnEmptySkippedListWhenRoutingPassedOverNobody() {
        var created = as(member).body(decision(team, "spend", 15_000L)).post("/decisions").then().statusCode(201)
                .extract();

        as("reader").get("/escalations/{id}", created.<String>path("escalation.id")).then().statusCode(200)
                .body("routes[0].targetTeamId", equalTo(department))
                .body("routes[0].skipped", empty());
        JsonNode skipped = escalatedEventsOf(created.path("id"), 1).get(0).at("/data/escalation/skipped");
        assertThat(skipped.isArray()).isTrue();
        assertThat(skipped.size()).isZero();
    }

    private static List<JsonNode> escalatedEventsOf(String decisionId, int expected) {
        List<String> values = TopicReader.readUntil(KafkaBrokerResource.broker().bootstrapServers(),
                        DecisionEventsTest.DECISION_TOPIC,
                        read -> escalated(read.stream().filter(r -> decisionId.equals(r.key())).map(r -> r.value())
                                .toList()).size() >= expected,
                        Duration.ofSeconds(30))
                .stream().filter(r -> decisionId.equals(r.key())).map(r -> r.value()).toList();
        List<JsonNode> escalated = escalated(values);
        assertThat(escalated).hasSize(expected);
        return escalated;
    }

    private static List<JsonNode> escalated(List<String> values) {
        return values.stream().map(value -> {
            try {
                return JSON.readTree(value);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).filter(event -> event.path("type").asText().equals("remit.decision.escalated.v1")).toList();
    }
}
