package io.remit.decision;

import static io.remit.decision.Api.PROBLEM;
import static io.remit.decision.Api.as;
import static io.remit.decision.Api.boundary;
import static io.remit.decision.Api.decision;
import static io.remit.decision.Api.setBoundary;
import static io.remit.decision.Org.root;
import static io.remit.decision.Org.team;
import static io.remit.decision.Org.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.decision.events.DecisionEventSchemas;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.contract.ContractValidation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The decision lifecycle (DESIGN "Authority over time" 3) and imported history (5): withdrawing, superseding, the
 * status filters, and decisions imported from earlier records. Every act is an entry of the team's log, which
 * verifies afterwards.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class DecisionLifecycleTest {

    String lena = uniqueId("lena");
    String theo = uniqueId("theo");
    String deputy = uniqueId("deputy");
    String member = uniqueId("mia");
    String department;
    String team;
    String other;

    @BeforeEach
    void organisation() {
        String root = root(uniqueId("root")).lead(uniqueId("rory")).publish();
        department = team(uniqueId("dept"), root).lead(lena).publish();
        team = team(uniqueId("team"), department).lead(theo).member(member)
                .delegation(theo, deputy, Instant.now().minus(1, ChronoUnit.HOURS),
                        Instant.now().plus(2, ChronoUnit.DAYS), "spend")
                .publish();
        other = team(uniqueId("other"), department).lead(uniqueId("olga")).member(member).publish();
        setBoundary(department, "spend", boundary(100_000L, "HIGH", "ORGANISATION"));
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));
    }

    @Test
    void shouldWithdrawAPendingDecisionEndingItsEscalation() {
        var created = logged(50_000L);
        String id = created.path("id");
        String escalation = created.path("escalation.id");
        assertThat(created.<String>path("status")).isEqualTo("PENDING");

        as(member).body(Map.of("reason", "The vendor withdrew its offer")).post("/decisions/{id}/withdraw", id)
                .then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("escalation.status", equalTo("WITHDRAWN"));
        as("reader").get("/escalations/{id}", escalation).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("resolvedBy", equalTo(member))
                .body("history.action", contains("OPENED", "WITHDRAWN"))
                .body("history[1].comment", equalTo("The vendor withdrew its offer"))
                .body("history[1].basis", equalTo("made the decision"));

        List<JsonNode> events = DecisionTopic.eventsFor(id, 4);
        events.forEach(e -> DecisionEventSchemas.forType(e.get("type").asText()).assertValid(e));
        assertThat(events.stream().map(e -> e.get("type").asText())).containsExactly(
                "remit.decision.recorded.v1", "remit.decision.escalated.v1", "remit.escalation.withdrawn.v1",
                "remit.decision.status-changed.v1");
        assertThat(events.get(2).at("/data/reason").asText()).isEqualTo("The vendor withdrew its offer");
        assertThat(events.get(3).at("/data/from").asText()).isEqualTo("PENDING");
        assertThat(events.get(3).at("/data/to").asText()).isEqualTo("WITHDRAWN");
        assertThat(events.get(3).at("/data/escalationId").asText()).isEqualTo(escalation);
        assertChainVerifies(3);
    }

    @Test
    void shouldWithdrawADecisionInEffectAsAnEntryOfItsOwn() {
        String id = logged(5_000L).path("id");

        as(deputy).body(Map.of("reason", "Replaced by the annual contract")).post("/decisions/{id}/withdraw", id)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("escalation", nullValue());

        JsonNode changed = DecisionTopic.eventsFor(id, 2).get(1);
        DecisionEventSchemas.forType(changed.get("type").asText()).assertValid(changed);
        assertThat(changed.at("/data/by").asText()).isEqualTo(deputy);
        assertThat(changed.at("/data/onBehalfOf").asText()).isEqualTo(theo);
        assertThat(changed.at("/data/from").asText()).isEqualTo("IN_EFFECT");
        assertChainVerifies(2);
        as("reader").queryParam("teamId", team).queryParam("status", "WITHDRAWN").get("/decisions").then()
                .body("items.id", contains(id));
    }

    @Test
    void shouldRefuseWithdrawalsByOthersAndOfEndedDecisionsWritingNothing() {
        String id = logged(5_000L).path("id");
        as(lena).body(Map.of("reason", "Not mine to withdraw")).post("/decisions/{id}/withdraw", id)
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:remit:problem:withdrawal-not-allowed"));
        as("auditor", "auditor").body(Map.of("reason", "Reads only")).post("/decisions/{id}/withdraw", id)
                .then().statusCode(403);
        as(member).filter(ContractValidation.responsesOnly()).body(Map.of()).post("/decisions/{id}/withdraw", id)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("reason"));
        assertChainVerifies(1);

        as("gov", "governance").body(Map.of("reason", "Policy change")).post("/decisions/{id}/withdraw", id)
                .then().statusCode(200);
        as(member).body(Map.of("reason", "Again")).post("/decisions/{id}/withdraw", id).then().statusCode(409)
                .contentType(PROBLEM).body("type", equalTo("urn:remit:problem:decision-transition"));
        as(member).body(Map.of("reason", "Again")).post("/decisions/{id}/withdraw", "0190e0a0-0000-7000-8000-"
                + "000000000000").then().statusCode(404);
        assertChainVerifies(2);
    }

    @Test
    void shouldSupersedeAtOnceWhenTheSuccessorIsWithinRemit() {
        String earlier = logged(5_000L).path("id");

        String later = as(member).body(successor(8_000L, earlier)).post("/decisions").then().statusCode(201)
                .body("status", equalTo("IN_EFFECT")).body("supersedes", equalTo(earlier)).extract().path("id");

        as("reader").get("/decisions/{id}", earlier).then().body("status", equalTo("SUPERSEDED"))
                .body("supersededBy", equalTo(later));
        JsonNode changed = DecisionTopic.eventsFor(earlier, 2).get(1);
        assertThat(changed.at("/data/to").asText()).isEqualTo("SUPERSEDED");
        assertThat(changed.at("/data/supersededBy").asText()).isEqualTo(later);
        assertChainVerifies(2);
        as(member).body(successor(1_000L, earlier)).post("/decisions").then().statusCode(409)
                .body("type", equalTo("urn:remit:problem:supersedes-not-live"));
    }

    @Test
    void shouldSupersedeOnlyOnceAPendingSuccessorIsApprovedEndingTheEarlierEscalation() {
        var first = logged(50_000L);
        String earlier = first.path("id");
        String earlierEscalation = first.path("escalation.id");
        var second = as(member).body(successor(60_000L, earlier)).post("/decisions").then().statusCode(201)
                .body("status", equalTo("PENDING")).extract();
        String later = second.path("id");
        as("reader").get("/decisions/{id}", earlier).then().body("status", equalTo("PENDING"))
                .body("supersededBy", nullValue());
        as(member).body(successor(70_000L, earlier)).post("/decisions").then().statusCode(409)
                .body("type", equalTo("urn:remit:problem:supersedes-has-pending-successor"));

        as(lena).body(Map.of("outcome", "APPROVED", "comment", "The larger order is better"))
                .post("/escalations/{id}/resolve", second.<String>path("escalation.id")).then().statusCode(200);

        as("reader").get("/decisions/{id}", later).then().body("status", equalTo("IN_EFFECT"));
        as("reader").get("/decisions/{id}", earlier).then().body("status", equalTo("SUPERSEDED"))
                .body("supersededBy", equalTo(later));
        as("reader").get("/escalations/{id}", earlierEscalation).then().body("status", equalTo("WITHDRAWN"))
                .body("history.action", contains("OPENED", "WITHDRAWN"))
                .body("history[1].actor", equalTo("remit"))
                .body("history[1].comment", equalTo("superseded by decision " + later));
        List<JsonNode> earlierEvents = DecisionTopic.eventsFor(earlier, 4);
        earlierEvents.forEach(e -> DecisionEventSchemas.forType(e.get("type").asText()).assertValid(e));
        assertThat(earlierEvents.get(2).at("/data/supersededBy").asText()).isEqualTo(later);
        assertThat(earlierEvents.get(3).at("/data/to").asText()).isEqualTo("SUPERSEDED");
        // decision, opened, decision, opened, resolved (with both status changes), the earlier one withdrawn
        assertChainVerifies(6);
        as("reader").queryParam("teamId", team).queryParam("escalationStatus", "WITHDRAWN").get("/decisions")
                .then().body("items.id", contains(earlier));
    }

    @Test
    void shouldChangeNothingWhenTheSuccessorIsRejected() {
        String earlier = logged(5_000L).path("id");
        String escalation = as(member).body(successor(60_000L, earlier)).post("/decisions").then().statusCode(201)
                .extract().path("escalation.id");

        as(lena).body(Map.of("outcome", "REJECTED", "comment", "Too much")).post("/escalations/{id}/resolve",
                escalation).then().statusCode(200);

        as("reader").get("/decisions/{id}", earlier).then().body("status", equalTo("IN_EFFECT"))
                .body("supersededBy", nullValue());
        as("reader").queryParam("teamId", team).queryParam("status", "REJECTED").get("/decisions").then()
                .body("items.size()", equalTo(1));
    }

    @Test
    void shouldRefuseToSupersedeAnotherTeamsOrAnUnknownDecision() {
        String others = as(member).body(decision(other, "spend", null)).post("/decisions").then().statusCode(201)
                .extract().path("id");

        as(member).body(successor(1_000L, others)).post("/decisions").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:remit:problem:supersedes-other-team"))
                .body("errors[0].field", equalTo("supersedes"));
        as(member).body(successor(1_000L, "0190e0a0-0000-7000-8000-000000000000")).post("/decisions").then()
                .statusCode(422).body("type", equalTo("urn:remit:problem:supersedes-unknown"));
        as(member).filter(ContractValidation.responsesOnly()).body(successor(1_000L, "not-an-id"))
                .post("/decisions").then().statusCode(400).body("errors[0].field", equalTo("supersedes"));
        as("reader").queryParam("teamId", team).get("/decisions").then().body("items.size()", equalTo(0));
    }

    @Test
    void shouldImportHistoryAsGivenWithoutEscalating() {
        Map<String, Object> adr = decision(team, "architecture", null);
        adr.put("imported", true);
        adr.put("status", "SUPERSEDED");
        adr.put("decidedBy", theo);
        adr.put("decidedAt", "2024-03-01T09:00:00Z");
        adr.put("source", "adr");
        adr.put("externalRef", uniqueId("ADR-0007"));

        as("adr-bot", "integration").body(adr).post("/decisions").then().statusCode(201)
                .body("imported", equalTo(true))
                .body("status", equalTo("SUPERSEDED"))
                .body("verdict", equalTo("ESCALATED"))
                .body("reasons", contains("no boundary in force at 2024-03-01T09:00:00Z"))
                .body("escalation", nullValue());

        Map<String, Object> withoutStatus = decision(team, "architecture", null);
        withoutStatus.put("imported", true);
        withoutStatus.put("decidedBy", theo);
        as("adr-bot", "integration").body(withoutStatus).post("/decisions").then().statusCode(422)
                .body("type", equalTo("urn:remit:problem:imported-status-required"));
        Map<String, Object> byMember = decision(team, "architecture", null);
        byMember.put("imported", true);
        byMember.put("status", "IN_EFFECT");
        as(member).body(byMember).post("/decisions").then().statusCode(403)
                .body("type", equalTo("urn:remit:problem:import-not-allowed"));
        Map<String, Object> statusNow = decision(team, "spend", 1L);
        statusNow.put("status", "IN_EFFECT");
        as(member).body(statusNow).post("/decisions").then().statusCode(422)
                .body("type", equalTo("urn:remit:problem:status-only-when-imported"));
        assertChainVerifies(1);
    }

    private io.restassured.response.ExtractableResponse<io.restassured.response.Response> logged(long budget) {
        return as(member).body(decision(team, "spend", budget)).post("/decisions").then().statusCode(201).extract();
    }

    private Map<String, Object> successor(long budget, String supersedes) {
        Map<String, Object> body = decision(team, "spend", budget);
        body.put("supersedes", supersedes);
        return body;
    }

    private void assertChainVerifies(int count) {
        as("auditor", "auditor").get("/teams/{t}/decisions/verify", team).then().statusCode(200)
                .body("valid", equalTo(true)).body("count", equalTo(count));
    }
}
