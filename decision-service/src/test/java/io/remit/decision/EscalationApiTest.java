package io.remit.decision;

import static io.remit.decision.Api.PROBLEM;
import static io.remit.decision.Api.as;
import static io.remit.decision.Api.boundary;
import static io.remit.decision.Api.decision;
import static io.remit.decision.Api.setBoundary;
import static io.remit.decision.Api.withToken;
import static io.remit.decision.Org.root;
import static io.remit.decision.Org.team;
import static io.remit.decision.Org.uniqueId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.contract.ContractValidation;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class EscalationApiTest {

    String rootLead = uniqueId("rory");
    String departmentLead = uniqueId("dana");
    String teamLead = uniqueId("theo");
    String member = uniqueId("mia");
    String department;
    String team;
    String escalation;

    @BeforeEach
    void escalatedDecision() {
        String root = root(uniqueId("root")).lead(rootLead).publish();
        department = team(uniqueId("dept"), root).lead(departmentLead).publish();
        team = team(uniqueId("team"), department).lead(teamLead).member(member).publish();
        setBoundary(department, "spend", boundary(100_000L, "HIGH", "ORGANISATION"));
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));
        escalation = as(member).body(decision(team, "spend", 50_000L)).post("/decisions")
                .then().statusCode(201).extract().path("escalation.id");
    }

    @Test
    void shouldAcknowledgeThenResolveByThoseWithAuthority() {
        String dueAt = as("reader").get("/escalations/{id}", escalation).then().extract().path("dueAt");
        as(departmentLead).post("/escalations/{id}/acknowledge", escalation)
                .then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgedBy", equalTo(departmentLead))
                .body("dueAt", not(equalTo(dueAt)));
        as(departmentLead).post("/escalations/{id}/acknowledge", escalation).then().statusCode(409)
                .contentType(PROBLEM);

        as(rootLead).body(Map.of("outcome", "APPROVED", "comment", "Fits the quarter"))
                .post("/escalations/{id}/resolve", escalation).then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("resolvedBy", equalTo(rootLead))
                .body("history.action", contains("OPENED", "ACKNOWLEDGED", "RESOLVED"))
                .body("history[2].comment", equalTo("Fits the quarter"));
        as(rootLead).body(Map.of("outcome", "REJECTED", "comment", "Changed my mind")).post(
                "/escalations/{id}/resolve", escalation).then().statusCode(409);

        as("auditor").get("/teams/{t}/decisions/verify", team).then().statusCode(200)
                .body("valid", equalTo(true)).body("count", equalTo(4));
    }

    @Test
    void shouldKnowTheCallerByTheTokenSubjectOnly() {
        String impostor = uniqueId("u-999");
        withToken(DevTokens.tokenWithOtherUsername(impostor, departmentLead))
                .post("/escalations/{id}/acknowledge", escalation).then().statusCode(403)
                .body("type", equalTo("urn:remit:problem:no-authority"));
        withToken(DevTokens.tokenWithOtherUsername(departmentLead, impostor))
                .post("/escalations/{id}/acknowledge", escalation).then().statusCode(200)
                .body("acknowledgedBy", equalTo(departmentLead));
        withToken(DevTokens.tokenWithOtherUsername(member, impostor)).body(decision(team, "spend", 5L))
                .post("/decisions").then().statusCode(201)
                .body("recordedBy", equalTo(member)).body("decidedBy", equalTo(member));
    }

    @Test
    void shouldRefuseATokenWithoutSubject() {
        withToken(DevTokens.tokenWithoutSubject(departmentLead, "governance"))
                .get("/escalations/{id}", escalation).then().statusCode(401).contentType(PROBLEM);
        withToken(DevTokens.tokenWithoutSubject(departmentLead))
                .post("/escalations/{id}/acknowledge", escalation).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void shouldKeepSeparationOfDuties() {
        as(member).post("/escalations/{id}/acknowledge", escalation).then().statusCode(403)
                .body("type", equalTo("urn:remit:problem:separation-of-duties"));
        as(teamLead, "governance").post("/escalations/{id}/acknowledge", escalation).then().statusCode(403);
        as("stranger").post("/escalations/{id}/acknowledge", escalation).then().statusCode(403)
                .body("type", equalTo("urn:remit:problem:no-authority"));
        as("gail", "governance").body(Map.of("outcome", "REJECTED", "comment", "Too costly"))
                .post("/escalations/{id}/resolve", escalation).then().statusCode(200).body("status",
                        equalTo("REJECTED"));
    }

    @Test
    void shouldRefuseWhoeverRecordedTheDecisionEvenWithAnotherRole() {
        String mallory = uniqueId("mallory");
        Map<String, Object> onBehalf = decision(team, "spend", 50_000L);
        onBehalf.put("decidedBy", member);
        String recorded = as(mallory, "integration", "governance").body(onBehalf).post("/decisions").then()
                .statusCode(201).body("recordedBy", equalTo(mallory)).extract().path("escalation.id");

        as(mallory, "governance").post("/escalations/{id}/acknowledge", recorded).then().statusCode(403)
                .contentType(PROBLEM).body("type", equalTo("urn:remit:problem:separation-of-duties"));
        as(mallory, "integration", "governance").body(Map.of("outcome", "APPROVED", "comment", "Looks fine"))
                .post("/escalations/{id}/resolve", recorded).then().statusCode(403)
                .body("type", equalTo("urn:remit:problem:separation-of-duties"));
        as("reader").get("/escalations/{id}", recorded).then().body("status", equalTo("OPEN"));
    }

    @Test
    void shouldValidateResolveRequests() {
        as(departmentLead).filter(ContractValidation.responsesOnly()).body(Map.of("outcome", "APPROVED"))
                .post("/escalations/{id}/resolve", escalation)
                .then().statusCode(400).body("errors[0].field", equalTo("comment"));
        as(departmentLead).filter(ContractValidation.responsesOnly())
                .body(Map.of("outcome", "MAYBE", "comment", "x")).post("/escalations/{id}/resolve", escalation)
                .then().statusCode(400).body("errors[0].field", equalTo("outcome"));
        as(departmentLead).post("/escalations/{id}/acknowledge", "no-such-escalation").then().statusCode(404);
    }

    @Test
    void shouldListEscalationsWaitingOnATeam() {
        as("reader").queryParam("targetTeamId", department).queryParam("status", "OPEN").get("/escalations")
                .then().statusCode(200).body("items.id", hasItem(escalation));
        as("reader").queryParam("status", "LOST").get("/escalations").then().statusCode(400);
    }
}
