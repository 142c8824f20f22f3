package io.remit.decision;

import static io.remit.decision.Api.PROBLEM;
import static io.remit.decision.Api.as;
import static io.remit.decision.Api.asGovernance;
import static io.remit.decision.Api.boundary;
import static io.remit.decision.Api.decision;
import static io.remit.decision.Api.money;
import static io.remit.decision.Api.setBoundary;
import static io.remit.decision.EscalationVotesTest.rule;
import static io.remit.decision.EscalationVotesTest.rulesOnly;
import static io.remit.decision.EscalationVotesTest.withApprovals;
import static io.remit.decision.Org.root;
import static io.remit.decision.Org.team;
import static io.remit.decision.Org.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.decision.events.DecisionEventSchemas;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.contract.ContractValidation;
import io.remit.platform.testing.TopicReader;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Approval rules on boundary versions, and the root's boundaries that hold approval rules only. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class BoundaryApprovalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    String mia = uniqueId("mia");
    String root;
    String department;
    String team;

    @BeforeEach
    void organisation() {
        root = root(uniqueId("root")).lead(uniqueId("rory")).publish();
        department = team(uniqueId("dept"), root).lead(uniqueId("lena")).publish();
        team = team(uniqueId("team"), department).member(mia).publish();
    }

    @Test
    void shouldKeepApprovalRulesOnAVersionAndPublishThem() {
        Map<String, Object> rules = withApprovals(boundary(100_000L, "HIGH", "ORGANISATION"), rule(50_000L, 2),
                Map.of("minRisk", "HIGH", "irreversible", true, "required", 3));

        asGovernance().body(rules).put("/teams/{t}/boundaries/spend", department).then().statusCode(201)
                .body("approvals.required", contains(2, 3))
                .body("approvals[0].minBudget.amount", equalTo(50000))
                .body("approvals[0].minRisk", nullValue())
                .body("approvals[1].minRisk", equalTo("HIGH"))
                .body("approvals[1].irreversible", equalTo(true));
        as("reader").get("/teams/{t}/boundaries/spend/versions", department).then().statusCode(200)
                .body("items[0].approvals.required", contains(2, 3));
        // Approval rules are not limits: a child without any nests as before.
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));
        as("reader").get("/teams/{t}/boundaries", team).then().body("items[0].approvals", nullValue());

        JsonNode changed = boundaryChangedOf(department);
        DecisionEventSchemas.forType(changed.path("type").asText()).assertValid(changed);
        assertThat(changed.at("/data/approvals/0/required").asInt()).isEqualTo(2);
        assertThat(changed.at("/data/approvals/1").has("minBudget")).isFalse();
    }

    @Test
    void shouldLetTheRootHoldApprovalRulesOnly() {
        asGovernance().body(withApprovals(rulesOnly(), rule(40_000L, 3))).put("/teams/{t}/boundaries/spend", root)
                .then().statusCode(201)
                .body("maxRisk", nullValue())
                .body("maxScope", nullValue())
                .body("maxBudget", nullValue())
                .body("irreversibleAllowed", equalTo(false))
                .body("approvals[0].required", equalTo(3));
        setBoundary(department, "spend", boundary(100_000L, "HIGH", "ORGANISATION"));
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));

        // Evaluation, routing, nesting, conflicts and the authority view all pass over it.
        var created = as(mia).body(decision(team, "spend", 500_000L)).post("/decisions")
                .then().statusCode(201).extract();
        as("reader").get("/escalations/{id}", created.<String>path("escalation.id")).then().statusCode(200)
                .body("targetTeamId", equalTo(root))
                .body("approvalsRequired", equalTo(3));
        as("reader").get("/boundaries/conflicts").then().statusCode(200);
        as("reader").get("/teams/{t}/authority", root).then().statusCode(200)
                .body("boundaries[0].approvals[0].required", equalTo(3))
                .body("boundaries[0].maxRisk", nullValue());
        as("reader").get("/teams/{t}/boundaries", root).then().statusCode(200)
                .body("items.category", hasItem("spend"));
    }

    @Test
    void shouldRefuseAnyLimitOnTheRootsBoundary() {
        for (Map<String, Object> limited : List.of(boundary(null, "HIGH", "ORGANISATION"), withMaxBudget(),
                withIrreversible())) {
            asGovernance().body(limited).put("/teams/{t}/boundaries/spend", root).then().statusCode(422)
                    .contentType(PROBLEM)
                    .body("type", equalTo("urn:remit:problem:root-boundary-limit"));
        }
        Map<String, Object> irreversibleFalse = rulesOnly();
        irreversibleFalse.put("irreversibleAllowed", false);
        asGovernance().body(irreversibleFalse).put("/teams/{t}/boundaries/spend", root).then().statusCode(201);
        as("reader").get("/teams/{t}/boundaries/spend/versions", root).then().body("items.version", contains(1));
    }

    @Test
    void shouldStillRequireRiskAndScopeBelowTheRoot() {
        asGovernance().body(rulesOnly()).put("/teams/{t}/boundaries/spend", department).then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", contains("maxRisk", "maxScope"));
        Map<String, Object> noScope = boundary(10_000L, "LOW", "TEAM");
        noScope.remove("maxScope");
        asGovernance().body(noScope).put("/teams/{t}/boundaries/spend", department).then().statusCode(400)
                .body("errors.field", contains("maxScope"));
    }

    @Test
    void shouldRefuseApprovalRulesOutOfRangeOrInAnotherCurrency() {
        for (int required : new int[] {0, 11}) {
            asGovernance().filter(ContractValidation.responsesOnly())
                    .body(withApprovals(boundary(100_000L, "HIGH", "ORGANISATION"), Map.of("required", required)))
                    .put("/teams/{t}/boundaries/spend", department).then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", containsString("required"));
        }
        asGovernance().filter(ContractValidation.responsesOnly())
                .body(withApprovals(boundary(100_000L, "HIGH", "ORGANISATION"), Map.of("minRisk", "HIGH")))
                .put("/teams/{t}/boundaries/spend", department).then().statusCode(400);
        asGovernance().body(withApprovals(boundary(100_000L, "HIGH", "ORGANISATION"),
                        Map.of("minBudget", money(5_000, "USD"), "required", 2)))
                .put("/teams/{t}/boundaries/spend", department).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:remit:problem:currency-mismatch"))
                .body("errors[0].field", equalTo("approvals[0].minBudget.currency"));
        // Without maxBudget (here the root), the rules' minimum budgets must agree with each other.
        asGovernance().body(withApprovals(rulesOnly(), Map.of("minBudget", money(5_000, "USD"), "required", 2),
                        rule(9_000L, 3)))
                .put("/teams/{t}/boundaries/spend", root).then().statusCode(422)
                .body("errors[0].field", equalTo("approvals[1].minBudget.currency"));
        as("reader").get("/teams/{t}/boundaries/spend/versions", department).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    private Map<String, Object> withMaxBudget() {
        Map<String, Object> body = rulesOnly();
        body.put("maxBudget", money(1_000, "EUR"));
        return body;
    }

    private static Map<String, Object> withIrreversible() {
        Map<String, Object> body = new HashMap<>(rulesOnly());
        body.put("irreversibleAllowed", true);
        return body;
    }

    private static JsonNode boundaryChangedOf(String teamId) {
        return TopicReader.readUntil(KafkaBrokerResource.broker().bootstrapServers(),
                        DecisionEventsTest.DECISION_TOPIC,
                        read -> read.stream().anyMatch(r -> teamId.equals(r.key())), Duration.ofSeconds(30))
                .stream().filter(r -> teamId.equals(r.key())).map(r -> {
                    try {
                        return JSON.readTree(r.value());
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }).findFirst().orElseThrow();
    }
}
