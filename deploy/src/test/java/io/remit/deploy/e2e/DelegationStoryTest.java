package io.remit.deploy.e2e;

import static io.remit.deploy.e2e.RemitSuite.DECISION;
import static io.remit.deploy.e2e.RemitSuite.NOTIFICATION;
import static io.remit.deploy.e2e.RemitSuite.TEAM;
import static io.remit.deploy.e2e.StoryHttp.as;
import static io.remit.deploy.e2e.StoryHttp.describe;
import static io.remit.deploy.e2e.StoryHttp.items;
import static io.remit.deploy.e2e.StoryHttp.json;
import static io.remit.deploy.e2e.StoryHttp.money;
import static io.remit.deploy.e2e.StoryHttp.texts;
import static io.remit.deploy.e2e.StoryHttp.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Authority that follows people, end to end on the shared suite (see {@link SharedSuite}):
 *
 * <ol>
 * <li>a department whose lead goes on leave, and a team under it; the lead hands their authority for one category
 * to a deputy, for a few seconds of this story;</li>
 * <li>the deputy hears of an escalation on the lead's behalf, acknowledges and approves it; the escalation, the audit
 * trail and the team's hash chain all say on whose behalf (the chain breaks when that is altered);</li>
 * <li>the deputy is refused for a category outside the delegation, and once the delegation has expired;</li>
 * <li>an auditor reads the audit view, the delegations and the authority history, and every write is refused;</li>
 * <li>every chain of the story verifies afterwards.</li>
 * </ol>
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
@ExtendWith(SharedSuite.class)
class DelegationStoryTest {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);
    /** Long enough for the deputy's two acts even on a slow machine, short enough to watch it expire. */
    private static final Duration LEAVE = Duration.ofSeconds(25);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String admin = "e2e-" + run + "-admin";
    private final String auditor = "e2e-" + run + "-auditor";
    private final String rootLead = "e2e-" + run + "-root-lead";
    private final String lead = "e2e-" + run + "-lena";
    private final String deputy = "e2e-" + run + "-dev";
    private final String member = "e2e-" + run + "-mia";
    private final String governance = "e2e-" + run + "-gus";
    private final String departmentId = "e2e-" + run + "-ops";
    private final String teamId = "e2e-" + run + "-ops-team";
    private final String spend = "spend-" + run;
    private final String vendor = "vendor-" + run;

    private RemitSuite suite;
    private StoryOrganisation.Root root;
    private Instant teamsCreatedAt;
    private String delegationId;
    private Instant onLeaveAt;
    private String approvedEscalation;
    private String otherCategoryEscalation;
    private String afterLeaveEscalation;

    @BeforeEach
    void requireThePackagedServices() {
        assumeTrue(SharedSuite.missingJars().isEmpty(), SharedSuite::skipReason);
        suite = SharedSuite.running().suite();
    }

    @Test
    void aDeputyActsForALeadOnLeaveWithinTheDelegationOnlyAndAnAuditorReadsEverythingAndChangesNothing() {
        try {
            organisationAndBoundaries();
            theLeadGoesOnLeave();
            theDeputyAcknowledgesAndApprovesOnTheLeadsBehalf();
            theDeputyIsRefusedForAnotherCategory();
            theDeputyIsRefusedOnceTheDelegationHasExpired();
            anAuditorReadsEverythingAndChangesNothing();
            everyChainVerifiesAndCoversOnWhoseBehalf();
        } catch (RuntimeException | Error e) {
            suite.reportFailure("delegation story, run " + run, e);
            throw e;
        } finally {
            StoryOrganisation.leaveTheSharedRootAsItWas(adminToken(), root, rootLead);
        }
    }

    private void organisationAndBoundaries() {
        teamsCreatedAt = Instant.now();
        root = StoryOrganisation.createOrReuseTheRoot(run, adminToken());
        String rootId = root.id();
        // A root reused from another run may never have been published on this suite's broker: a membership change
        // publishes its snapshot, so decision-service learns it.
        StoryOrganisation.setMember(adminToken(), rootId, rootLead, "LEAD");
        StoryOrganisation.createTeam(adminToken(), departmentId, "E2E " + run + " Operations", rootId, "PT1H");
        StoryOrganisation.setMember(adminToken(), departmentId, lead, "LEAD");
        StoryOrganisation.createTeam(adminToken(), teamId, "E2E " + run + " Operations team", departmentId, "PT1H");
        StoryOrganisation.setMember(adminToken(), teamId, member, "MEMBER");

        // Each team's events have their own key, so decision-service may learn them in any order: wait for all three,
        // or a boundary write could find the hierarchy above the department incomplete (503).
        for (String team : List.of(rootId, departmentId, teamId)) {
            await("decision-service learns team " + team).atMost(PROPAGATION).pollInterval(Duration.ofMillis(200))
                    .untilAsserted(() -> assertThat(as(DECISION, governanceToken())
                            .get("/teams/{id}/boundaries", team).statusCode()).isEqualTo(200));
        }
        for (String category : List.of(spend, vendor)) {
            putBoundary(departmentId, category, 100_000, "HIGH", "ORGANISATION");
            putBoundary(teamId, category, 10_000, "MEDIUM", "TEAM");
        }
    }

    private void theLeadGoesOnLeave() {
        // A lead lends only their own authority: naming another delegator is refused, and nothing is written.
        Response someoneElses = as(TEAM, token(lead)).body(Map.of("delegator", "someone-else", "delegate", deputy,
                "validUntil", Instant.now().plus(LEAVE).toString(), "reason", "not mine to lend")).post(
                "/teams/{id}/delegations", departmentId);
        assertThat(someoneElses.statusCode()).as(describe(someoneElses)).isEqualTo(422);

        onLeaveAt = Instant.now();
        Response lent = as(TEAM, token(lead)).body(Map.of("delegate", deputy,
                        "validUntil", onLeaveAt.plus(LEAVE).truncatedTo(ChronoUnit.MILLIS).toString(),
                        "categories", List.of(spend), "reason", "Parental leave, run " + run))
                .post("/teams/{id}/delegations", departmentId);
        assertThat(lent.statusCode()).as(describe(lent)).isEqualTo(201);
        JsonNode delegation = json(lent);
        delegationId = delegation.path("id").asText();
        assertThat(lent.header("Location")).endsWith("/teams/" + departmentId + "/delegations/" + delegationId);
        assertThat(delegation.path("delegator").asText()).isEqualTo(lead);
        assertThat(delegation.path("delegate").asText()).isEqualTo(deputy);
        assertThat(texts(delegation.path("categories"))).containsExactly(spend);
        assertThat(delegation.path("status").asText()).isEqualTo("ACTIVE");

        JsonNode deputys = json(as(TEAM, token(deputy)).get("/users/{id}/delegations", deputy)
                .then().statusCode(200).extract().response());
        assertThat(texts(deputys.path("items"), "id")).contains(delegationId);
        // The reason is for the people concerned: the deputy sees it, a member of another team does not.
        assertThat(deputys.path("items").get(0).path("reason").asText()).startsWith("Parental leave");
        JsonNode asStranger = json(as(TEAM, token("e2e-" + run + "-stranger"))
                .get("/teams/{id}/delegations/{d}", departmentId, delegationId)
                .then().statusCode(200).extract().response());
        assertThat(asStranger.has("reason")).as("reason hidden from %s", asStranger).isFalse();
    }

    private void theDeputyAcknowledgesAndApprovesOnTheLeadsBehalf() {
        approvedEscalation = escalate(spend, "E2E " + run + ": a second build farm");

        // notification-service tells the deputy, on the lead's behalf.
        await("the deputy's inbox notification").atMost(PROPAGATION).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(inbox(deputy, approvedEscalation)).isNotEmpty());
        JsonNode notice = inbox(deputy, approvedEscalation).get(0);
        assertThat(notice.path("recipient").asText()).isEqualTo(deputy);
        assertThat(notice.path("onBehalfOf").asText()).isEqualTo(lead);
        assertThat(notice.path("teamId").asText()).isEqualTo(departmentId);

        Response acknowledged = actUntilTheDelegationHasArrived(
                () -> as(DECISION, token(deputy)).post("/escalations/{id}/acknowledge", approvedEscalation));
        assertThat(acknowledged.statusCode()).as(describe(acknowledged)).isEqualTo(200);
        assertThat(json(acknowledged).path("acknowledgedBy").asText()).isEqualTo(deputy);

        String comment = "Approved for " + lead + " while on leave (run " + run + ")";
        Response approved = as(DECISION, token(deputy)).body(Map.of("outcome", "APPROVED", "comment", comment))
                .post("/escalations/{id}/resolve", approvedEscalation);
        assertThat(approved.statusCode()).as(describe(approved)).isEqualTo(200);
        JsonNode escalation = json(approved);
        assertThat(escalation.path("status").asText()).isEqualTo("APPROVED");
        assertThat(escalation.path("resolvedBy").asText()).isEqualTo(deputy);
        List<JsonNode> acts = items(escalation.path("history")).stream()
                .filter(step -> List.of("ACKNOWLEDGED", "RESOLVED").contains(step.path("action").asText())).toList();
        assertThat(acts).hasSize(2).allSatisfy(step -> {
            assertThat(step.path("actor").asText()).isEqualTo(deputy);
            assertThat(step.path("onBehalfOf").asText()).isEqualTo(lead);
        });

        // The audit trail says so too, once notification-service has the events.
        await("the audit trail shows the acts on the lead's behalf").atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                    JsonNode audited = auditedEscalation(governanceToken(), approvedEscalation);
                    assertThat(audited.path("status").asText()).isEqualTo("APPROVED");
                    assertThat(audited.path("acknowledgedBy").asText()).isEqualTo(deputy);
                    assertThat(audited.path("acknowledgedOnBehalfOf").asText()).isEqualTo(lead);
                    assertThat(audited.path("resolvedBy").asText()).isEqualTo(deputy);
                    assertThat(audited.path("resolvedOnBehalfOf").asText()).isEqualTo(lead);
                });
    }

    private void theDeputyIsRefusedForAnotherCategory() {
        otherCategoryEscalation = escalate(vendor, "E2E " + run + ": a new observability vendor");
        Response refused = as(DECISION, token(deputy)).post("/escalations/{id}/acknowledge", otherCategoryEscalation);
        assertThat(refused.statusCode()).as(describe(refused)).isEqualTo(403);
        assertThat(json(refused).path("detail").asText()).as(describe(refused)).contains(spend);
    }

    private void theDeputyIsRefusedOnceTheDelegationHasExpired() {
        afterLeaveEscalation = escalate(spend, "E2E " + run + ": more build agents");
        Instant until = onLeaveAt.plus(LEAVE);
        await("the delegation expires").atMost(LEAVE.plus(PROPAGATION)).pollInterval(Duration.ofMillis(250))
                .until(() -> Instant.now().isAfter(until.plusMillis(100)));
        JsonNode expired = json(as(TEAM, token(lead)).get("/teams/{id}/delegations/{d}", departmentId, delegationId)
                .then().statusCode(200).extract().response());
        assertThat(expired.path("status").asText()).isEqualTo("EXPIRED");
        // Expiry needs no event: decision-service judges the delegation at the instant of the act.
        Response refused = as(DECISION, token(deputy)).post("/escalations/{id}/acknowledge", afterLeaveEscalation);
        assertThat(refused.statusCode()).as(describe(refused)).isEqualTo(403);

        // Back from leave, the lead answers what stayed open, so nothing of this story remains open.
        for (String escalation : List.of(otherCategoryEscalation, afterLeaveEscalation)) {
            Response resolved = as(DECISION, token(lead))
                    .body(Map.of("outcome", "REJECTED", "comment", "Back from leave: not now (run " + run + ")"))
                    .post("/escalations/{id}/resolve", escalation);
            assertThat(resolved.statusCode()).as(describe(resolved)).isEqualTo(200);
            assertThat(json(resolved).path("history").findValues("onBehalfOf")).isEmpty();
        }
    }

    private void anAuditorReadsEverythingAndChangesNothing() {
        String auditorToken = token(auditor, "auditor");
        JsonNode audited = auditedEscalation(auditorToken, approvedEscalation);
        assertThat(audited.path("acknowledgedOnBehalfOf").asText()).isEqualTo(lead);
        Response csv = as(NOTIFICATION, auditorToken).accept("text/csv").queryParam("teamId", teamId)
                .get("/audit/escalations");
        assertThat(csv.statusCode()).as(describe(csv)).isEqualTo(200);
        assertThat(Csv.records(csv.asString())).hasSize(3);
        Response trail = as(NOTIFICATION, auditorToken).get("/audit/escalations/{id}", approvedEscalation);
        assertThat(trail.statusCode()).as(describe(trail)).isEqualTo(200);
        Response notifications = as(NOTIFICATION, auditorToken).queryParam("escalationId", approvedEscalation)
                .get("/notifications");
        assertThat(notifications.statusCode()).as(describe(notifications)).isEqualTo(200);
        assertThat(texts(json(notifications).path("items"), "recipient")).contains(lead, deputy);
        JsonNode delegation = json(as(TEAM, auditorToken).get("/teams/{id}/delegations/{d}", departmentId,
                delegationId).then().statusCode(200).extract().response());
        assertThat(delegation.path("reason").asText()).as("auditors see the reason").startsWith("Parental leave");

        // Who could decide what, while the lead was on leave; and before the teams existed, no record.
        JsonNode during = json(as(DECISION, auditorToken).queryParam("at", onLeaveAt.plusSeconds(1).toString())
                .get("/teams/{id}/authority", departmentId).then().statusCode(200).extract().response());
        assertThat(during.path("recorded").asBoolean()).as("%s", during).isTrue();
        assertThat(during.findValuesAsText("delegate")).contains(deputy);
        JsonNode before = json(as(DECISION, auditorToken).queryParam("at", teamsCreatedAt.minusSeconds(60).toString())
                .get("/teams/{id}/authority", departmentId).then().statusCode(200).extract().response());
        assertThat(before.path("recorded").asBoolean()).as("%s", before).isFalse();

        // Every write is refused, and the refusals change nothing.
        assertThat(as(DECISION, auditorToken).post("/escalations/{id}/acknowledge", otherCategoryEscalation)
                .statusCode()).isEqualTo(403);
        assertThat(as(DECISION, auditorToken).body(Map.of("maxBudget", money(1), "maxRisk", "LOW",
                "maxScope", "TEAM", "reason", "auditors change nothing")).put("/teams/{id}/boundaries/{c}", teamId,
                spend).statusCode()).isEqualTo(403);
        assertThat(as(TEAM, auditorToken).body(Map.of("delegate", auditor, "validUntil",
                Instant.now().plusSeconds(600).toString(), "reason", "auditors change nothing"))
                .post("/teams/{id}/delegations", departmentId).statusCode()).isEqualTo(403);
        assertThat(as(TEAM, auditorToken).body(Map.of("role", "LEAD"))
                .put("/teams/{id}/members/{user}", teamId, auditor).statusCode()).isEqualTo(403);
        assertThat(json(as(DECISION, governanceToken()).get("/teams/{id}/boundaries", teamId)
                .then().statusCode(200).extract().response()).path("items").findValuesAsText("version"))
                .containsOnly("1");
    }

    private void everyChainVerifiesAndCoversOnWhoseBehalf() {
        for (String team : List.of(teamId)) {
            JsonNode verified = verify(team);
            assertThat(verified.path("valid").asBoolean()).as("chain of %s: %s", team, verified).isTrue();
        }
        // Who acted for whom is part of the hashed content: altering it breaks the chain.
        String original = setOnBehalfOf(approvedEscalation, "e2e-" + run + "-someone-else");
        try {
            JsonNode broken = verify(teamId);
            assertThat(broken.path("valid").asBoolean()).as("altered chain: %s", broken).isFalse();
        } finally {
            setOnBehalfOf(approvedEscalation, original);
        }
        assertThat(verify(teamId).path("valid").asBoolean()).isTrue();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void putBoundary(String team, String category, long maxAmount, String maxRisk, String maxScope) {
        Response response = as(DECISION, governanceToken()).body(Map.of("maxBudget", money(maxAmount),
                        "maxRisk", maxRisk, "maxScope", maxScope, "reason", "E2E " + run))
                .put("/teams/{id}/boundaries/{category}", team, category);
        assertThat(response.statusCode()).as(describe(response)).isEqualTo(201);
    }

    /** The member logs 50k in a category: beyond the team's 10k, within the department's 100k. */
    private String escalate(String category, String title) {
        Map<String, Object> body = Map.of("teamId", teamId, "category", category, "title", title,
                "rationale", "E2E run " + run, "budget", money(50_000), "risk", "MEDIUM", "scope", "TEAM",
                "reversible", true);
        Response[] response = new Response[1];
        await("decision-service knows " + member + " is a member of " + teamId).atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                    response[0] = as(DECISION, token(member)).body(body).post("/decisions");
                    assertThat(response[0].statusCode()).as(describe(response[0])).isNotEqualTo(403);
                });
        assertThat(response[0].statusCode()).as(describe(response[0])).isEqualTo(201);
        JsonNode escalation = json(response[0]).path("escalation");
        assertThat(escalation.path("targetTeamId").asText()).isEqualTo(departmentId);
        return escalation.path("id").asText();
    }

    /** The first act waits until decision-service's replica holds the delegation (it travels as a team event). */
    private Response actUntilTheDelegationHasArrived(java.util.function.Supplier<Response> act) {
        Response[] response = new Response[1];
        await("decision-service learns the delegation").atMost(PROPAGATION).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    response[0] = act.get();
                    assertThat(response[0].statusCode()).as(describe(response[0])).isNotEqualTo(403);
                });
        return response[0];
    }

    private List<JsonNode> inbox(String user, String escalationId) {
        Response response = as(NOTIFICATION, token(user)).queryParam("escalationId", escalationId)
                .get("/notifications");
        assertThat(response.statusCode()).as(describe(response)).isEqualTo(200);
        return items(json(response).path("items"));
    }

    private JsonNode auditedEscalation(String token, String escalationId) {
        Response response = as(NOTIFICATION, token).accept(ContentType.JSON).queryParam("teamId", teamId)
                .get("/audit/escalations");
        assertThat(response.statusCode()).as(describe(response)).isEqualTo(200);
        return items(json(response).path("items")).stream()
                .filter(item -> item.path("id").asText().equals(escalationId)).findFirst()
                .orElseThrow(() -> new AssertionError("not in the audit yet: " + escalationId));
    }

    private JsonNode verify(String team) {
        return json(as(DECISION, token(member)).get("/teams/{id}/decisions/verify", team)
                .then().statusCode(200).extract().response());
    }

    /** Behind decision-service's back: the resolution step's on-behalf-of, straight in its database. */
    private String setOnBehalfOf(String escalationId, String onBehalfOf) {
        try (Connection db = suite.database().open(DECISION, suite.dataDir())) {
            String original;
            try (PreparedStatement read = db.prepareStatement("select on_behalf_of from remit_decision.escalation_step "
                    + "where escalation_id = ? and action = 'RESOLVED'")) {
                read.setString(1, escalationId);
                var rows = read.executeQuery();
                assertThat(rows.next()).as("the resolution step of " + escalationId).isTrue();
                original = rows.getString(1);
            }
            try (PreparedStatement update = db.prepareStatement("update remit_decision.escalation_step "
                    + "set on_behalf_of = ? where escalation_id = ? and action = 'RESOLVED'")) {
                update.setString(1, onBehalfOf);
                update.setString(2, escalationId);
                assertThat(update.executeUpdate()).as("rows updated").isEqualTo(1);
            }
            return original;
        } catch (SQLException e) {
            throw new AssertionError("Could not write to decision-service's database", e);
        }
    }

    private String adminToken() {
        return token(admin, "admin");
    }

    private String governanceToken() {
        return token(governance, "governance");
    }
}
