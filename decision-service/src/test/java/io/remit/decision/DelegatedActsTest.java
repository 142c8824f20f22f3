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
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.decision.events.DecisionEventSchemas;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.TeamEventFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Acts by delegates (DESIGN "Authority over time" 1): lena, the department's lead, lends her authority to dave; the
 * escalation of a spend decision of the team below waits on the department. Judged at the instant of each act from
 * the replica.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class DelegatedActsTest {

    String lena = uniqueId("lena");
    String dave = uniqueId("dave");
    String member = uniqueId("mia");
    String bot = uniqueId("bot");
    TeamEventFixture department;
    TeamEventFixture team;
    String escalation;
    String decisionId;

    @BeforeEach
    void escalatedDecision() {
        String root = root(uniqueId("root")).lead(uniqueId("rory")).publish();
        department = team(uniqueId("dept"), root).lead(lena);
        department.publish();
        team = team(uniqueId("team"), department.id()).lead(uniqueId("theo")).member(member);
        team.publish();
        setBoundary(department.id(), "spend", boundary(100_000L, "HIGH", "ORGANISATION"));
        setBoundary(team.id(), "spend", boundary(10_000L, "MEDIUM", "TEAM"));
        var created = as(member).body(decision(team.id(), "spend", 50_000L)).post("/decisions")
                .then().statusCode(201).extract();
        escalation = created.path("escalation.id");
        decisionId = created.path("id");
    }

    @Test
    void shouldLetAnActiveDelegateAcknowledgeAndApproveOnBehalfOfTheLead() {
        String delegationId = delegateFromLena(hoursFromNow(-1), hoursFromNow(48), "spend");

        as(dave).post("/escalations/{id}/acknowledge", escalation).then().statusCode(200)
                .body("acknowledgedBy", equalTo(dave))
                .body("history[1].actor", equalTo(dave))
                .body("history[1].onBehalfOf", equalTo(lena))
                .body("history[1].basis", equalTo("delegate of " + lena + " in " + department.id()
                        + " through delegation " + delegationId));
        as(dave).body(Map.of("outcome", "APPROVED", "comment", "Approved for lena while she is away"))
                .post("/escalations/{id}/resolve", escalation).then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("resolvedBy", equalTo(dave))
                .body("history.action", contains("OPENED", "ACKNOWLEDGED", "RESOLVED"))
                .body("history.onBehalfOf", contains(nullValue(), equalTo(lena), equalTo(lena)))
                .body("history[0].basis", nullValue());

        List<JsonNode> events = DecisionTopic.eventsFor(decisionId, 6);
        events.forEach(e -> DecisionEventSchemas.forType(e.get("type").asText()).assertValid(e));
        assertThat(events.get(2).at("/data/acknowledgedBy").asText()).isEqualTo(dave);
        assertThat(events.get(2).at("/data/onBehalfOf").asText()).isEqualTo(lena);
        assertThat(events.get(3).at("/data/vote/by").asText()).isEqualTo(dave);
        assertThat(events.get(3).at("/data/vote/onBehalfOf").asText()).isEqualTo(lena);
        assertThat(events.get(4).at("/data/resolvedBy").asText()).isEqualTo(dave);
        assertThat(events.get(4).at("/data/onBehalfOf").asText()).isEqualTo(lena);
        as("auditor", "auditor").get("/teams/{t}/decisions/verify", team.id()).then().statusCode(200)
                .body("valid", equalTo(true)).body("count", equalTo(4));
    }

    @Test
    void shouldRecordNoOneElseForTheLeadActingInTheirOwnRight() {
        delegateFromLena(hoursFromNow(-1), hoursFromNow(48), "spend");

        as(lena).post("/escalations/{id}/acknowledge", escalation).then().statusCode(200)
                .body("history[1].onBehalfOf", nullValue())
                .body("history[1].basis", equalTo("lead of " + department.id()));

        JsonNode acknowledged = DecisionTopic.eventsFor(decisionId, 3).get(2);
        assertThat(acknowledged.path("data").has("onBehalfOf")).isFalse();
    }

    @Test
    void shouldRefuseADelegateForACategoryOutsideTheDelegation() {
        delegateFromLena(hoursFromNow(-1), hoursFromNow(48), "hiring");

        as(dave).post("/escalations/{id}/acknowledge", escalation).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:remit:problem:no-authority"))
                .body("detail", containsString("covers hiring only, not spend"));
        assertUntouched();
    }

    @Test
    void shouldRefuseADelegateOnceTheDelegationHasEnded() {
        Instant until = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        delegateFromLena(hoursFromNow(-1), until, "spend");
        as(dave).post("/escalations/{id}/acknowledge", escalation).then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(until));

        as(dave).body(Map.of("outcome", "APPROVED", "comment", "Too late")).post("/escalations/{id}/resolve",
                        escalation).then().statusCode(403)
                .body("type", equalTo("urn:remit:problem:no-authority"))
                .body("detail", containsString("ended at " + until));
        as("reader").get("/escalations/{id}", escalation).then().body("status", equalTo("ACKNOWLEDGED"));
    }

    @Test
    void shouldRefuseADelegateBeforeTheDelegationStarts() {
        delegateFromLena(hoursFromNow(2), hoursFromNow(48), "spend");

        as(dave).post("/escalations/{id}/acknowledge", escalation).then().statusCode(403)
                .body("detail", containsString("starts at"));
        assertUntouched();
    }

    @Test
    void shouldRefuseADelegateOnceTheDelegationIsRevoked() {
        String delegationId = delegateFromLena(hoursFromNow(-1), hoursFromNow(48), "spend");

        department.withoutDelegation(delegationId).publish();

        as(dave).post("/escalations/{id}/acknowledge", escalation).then().statusCode(403)
                .body("type", equalTo("urn:remit:problem:no-authority"));
        assertUntouched();
    }

    @Test
    void shouldRefuseADelegateWhoseDelegatorIsNoLongerALead() {
        delegateFromLena(hoursFromNow(-1), hoursFromNow(48), "spend");

        department.member(lena).publish();

        as(dave).post("/escalations/{id}/acknowledge", escalation).then().statusCode(403)
                .body("type", equalTo("urn:remit:problem:no-authority"))
                .body("detail", containsString("'" + lena + "' is no longer a lead of '" + department.id() + "'"));
        assertUntouched();
    }

    @Test
    void shouldRefuseADelegateWhoBelongsToTheDecidingTeam() {
        delegateFromLena(hoursFromNow(-1), hoursFromNow(48), "spend");
        team.member(dave).publish();

        as(dave).post("/escalations/{id}/acknowledge", escalation).then().statusCode(403)
                .body("type", equalTo("urn:remit:problem:separation-of-duties"))
                .body("detail", containsString("belongs to the deciding team"));
        assertUntouched();
    }

    @Test
    void shouldRefuseADelegateWhoDecided() {
        delegateFromLena(hoursFromNow(-1), hoursFromNow(48), "spend");
        String recorded = escalateAsIntegrationFor(dave);

        as(dave).post("/escalations/{id}/acknowledge", recorded).then().statusCode(403)
                .body("type", equalTo("urn:remit:problem:separation-of-duties"))
                .body("detail", containsString("'" + dave + "' made the decision"));
    }

    @Test
    void shouldRefuseADelegateWhoseLeadBelongsToTheDecidingTeam() {
        delegateFromLena(hoursFromNow(-1), hoursFromNow(48), "spend");
        team.member(lena).publish();

        as(dave).body(Map.of("outcome", "APPROVED", "comment", "Fine")).post("/escalations/{id}/resolve",
                        escalation).then().statusCode(403)
                .body("type", equalTo("urn:remit:problem:separation-of-duties"))
                .body("detail", containsString("'" + lena + "', for whom '" + dave + "' stands in"));
        assertUntouched();
    }

    @Test
    void shouldRefuseADelegateWhoseLeadDecidedOrRecorded() {
        delegateFromLena(hoursFromNow(-1), hoursFromNow(48), "spend");
        String decidedByLena = escalateAsIntegrationFor(lena);
        Map<String, Object> body = decision(team.id(), "spend", 50_000L);
        body.put("decidedBy", member);
        String recordedByLena = as(lena, "integration").body(body).post("/decisions").then().statusCode(201)
                .extract().path("escalation.id");

        for (String id : List.of(decidedByLena, recordedByLena)) {
            as(dave).post("/escalations/{id}/acknowledge", id).then().statusCode(403)
                    .body("type", equalTo("urn:remit:problem:separation-of-duties"))
                    .body("detail", containsString("for whom '" + dave + "' stands in"));
        }
    }

    @Test
    void shouldGrantTheAuditorNothing() {
        as("audrey", "auditor").get("/escalations/{id}", escalation).then().statusCode(200);
        as("audrey", "auditor").post("/escalations/{id}/acknowledge", escalation).then().statusCode(403)
                .body("type", equalTo("urn:remit:problem:no-authority"));
        as("audrey", "auditor").body(Map.of("outcome", "APPROVED", "comment", "No"))
                .post("/escalations/{id}/resolve", escalation).then().statusCode(403);
        assertUntouched();
    }

    /** Lena lends dave her authority in the department; returns the delegation's id. */
    private String delegateFromLena(Instant from, Instant until, String... categories) {
        department.delegation(lena, dave, from, until, categories).publish();
        return department.lastDelegationId();
    }

    /** A new escalation of a decision the integration logs on behalf of the given person. */
    private String escalateAsIntegrationFor(String decidedBy) {
        Map<String, Object> body = decision(team.id(), "spend", 50_000L);
        body.put("decidedBy", decidedBy);
        return as(bot, "integration").body(body).post("/decisions").then().statusCode(201)
                .extract().path("escalation.id");
    }

    private void assertUntouched() {
        as("reader").get("/escalations/{id}", escalation).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("history.action", contains("OPENED"));
    }

    private static Instant hoursFromNow(long hours) {
        return Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }
}
