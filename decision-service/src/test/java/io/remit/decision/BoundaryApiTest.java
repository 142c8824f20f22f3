package io.remit.decision;

import static io.remit.decision.Api.PROBLEM;
import static io.remit.decision.Api.as;
import static io.remit.decision.Api.asGovernance;
import static io.remit.decision.Api.boundary;
import static io.remit.decision.Api.setBoundary;
import static io.remit.decision.Api.withToken;
import static io.remit.decision.Org.root;
import static io.remit.decision.Org.team;
import static io.remit.decision.Org.uniqueId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.contract.ContractValidation;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class BoundaryApiTest {

    String root;
    String department;
    String team;

    @BeforeEach
    void organisation() {
        root = root(uniqueId("root")).publish();
        department = team(uniqueId("dept"), root).publish();
        team = team(uniqueId("team"), department).publish();
    }

    @Test
    void shouldWriteNumberedVersionsAndServeTheCurrentOne() {
        asGovernance().body(boundary(100_000L, "HIGH", "ORGANISATION")).put("/teams/{t}/boundaries/spend", department)
                .then().statusCode(201)
                .body("version", equalTo(1)).body("maxBudget.amount", equalTo(100000)).body("createdBy",
                        equalTo("gina-governance"));
        withToken(DevTokens.tokenWithOtherUsername("g-7", "gina-governance", "governance"))
                .body(boundary(80_000L, "MEDIUM", "CROSS_TEAM")).put("/teams/{t}/boundaries/spend", department)
                .then().statusCode(200).body("version", equalTo(2)).body("createdBy", equalTo("g-7"));

        as("reader").get("/teams/{t}/boundaries/spend/versions", department)
                .then().statusCode(200).body("items.version", contains(1, 2));
        as("reader").get("/teams/{t}/boundaries", department)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].version", equalTo(2))
                .body("items[0].maxRisk", equalTo("MEDIUM"));
    }

    @Test
    void shouldRefuseBoundaryExceedingAnAncestorNamingIt() {
        setBoundary(department, "spend", boundary(100_000L, "HIGH", "ORGANISATION"));

        asGovernance().body(boundary(200_000L, "LOW", "TEAM")).put("/teams/{t}/boundaries/spend", team)
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString(department)).body("errors[0].field", equalTo("maxBudget"));
        asGovernance().body(boundary(10_000L, "CRITICAL", "TEAM")).put("/teams/{t}/boundaries/spend", team)
                .then().statusCode(409).body("errors[0].field", equalTo("maxRisk"));
        asGovernance().body(boundary(10_000L, "LOW", "TEAM")).put("/teams/{t}/boundaries/spend", team)
                .then().statusCode(201);
    }

    @Test
    void shouldRefuseAncestorBoundaryBelowADescendantsNamingIt() {
        setBoundary(department, "spend", boundary(100_000L, "HIGH", "ORGANISATION"));
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));

        asGovernance().body(boundary(5_000L, "HIGH", "ORGANISATION")).put("/teams/{t}/boundaries/spend", department)
                .then().statusCode(409).body("detail", containsString(team))
                .body("errors[0].field", equalTo("maxBudget"));
    }

    @Test
    void shouldRefuseCurrencyDifferentFromAncestorsWith422() {
        setBoundary(department, "spend", boundary(100_000L, "HIGH", "ORGANISATION"));
        Map<String, Object> dollars = boundary(null, "LOW", "TEAM");
        dollars.put("maxBudget", Api.money(1_000, "USD"));
        asGovernance().body(dollars).put("/teams/{t}/boundaries/spend", team)
                .then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("maxBudget.currency"));
    }

    @Test
    void shouldLetOnlyGovernanceWriteBoundaries() {
        as("lead", "admin").body(boundary(1L, "LOW", "TEAM")).put("/teams/{t}/boundaries/spend", team)
                .then().statusCode(403).contentType(PROBLEM);
        io.restassured.RestAssured.given().contentType("application/json").body(boundary(1L, "LOW", "TEAM"))
                .put("/teams/{t}/boundaries/spend", team).then().statusCode(401);
    }

    @Test
    void shouldValidateBoundaryRequests() {
        Map<String, Object> noRisk = new HashMap<>(boundary(1L, "LOW", "TEAM"));
        noRisk.remove("maxRisk");
        asGovernance().filter(ContractValidation.responsesOnly()).body(noRisk)
                .put("/teams/{t}/boundaries/spend", team)
                .then().statusCode(400).body("errors.field", hasItem("maxRisk"));
        asGovernance().body(boundary(1L, "LOW", "TEAM")).put("/teams/{t}/boundaries/{c}", team, "Not A Slug")
                .then().statusCode(400).body("errors[0].field", equalTo("category"));
        asGovernance().body(boundary(1L, "LOW", "TEAM")).put("/teams/{t}/boundaries/spend", "no-such-team")
                .then().statusCode(404).contentType(PROBLEM).header("Retry-After", "1");

        Map<String, Object> past = new HashMap<>(boundary(1L, "LOW", "TEAM"));
        past.put("validFrom", Instant.now().minusSeconds(86_400).toString());
        asGovernance().body(past).put("/teams/{t}/boundaries/spend", team)
                .then().statusCode(422).body("errors[0].field", equalTo("validFrom"));

        Map<String, Object> backwards = new HashMap<>(boundary(1L, "LOW", "TEAM"));
        backwards.put("validFrom", Instant.now().plusSeconds(3_600).toString());
        backwards.put("validUntil", Instant.now().plusSeconds(60).toString());
        asGovernance().body(backwards).put("/teams/{t}/boundaries/spend", team)
                .then().statusCode(400).body("errors[0].field", equalTo("validUntil"));
    }

    @Test
    void shouldListConflictsLeftByReparenting() {
        String loose = team(uniqueId("loose"), root).publish();
        setBoundary(department, "vendor", boundary(50_000L, "MEDIUM", "CROSS_TEAM"));
        setBoundary(loose, "vendor", boundary(500_000L, "HIGH", "TEAM"));

        team(loose, department).publish();

        as("reader").get("/boundaries/conflicts").then().statusCode(200)
                .body("items.findAll { it.teamId == '" + loose + "' }.ancestorTeamId", hasItem(department))
                .body("next", nullValue());
    }
}
