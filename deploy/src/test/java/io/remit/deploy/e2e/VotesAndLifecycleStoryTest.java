package io.remit.deploy.e2e;

import static io.remit.deploy.e2e.RemitSuite.DECISION;
import static io.remit.deploy.e2e.RemitSuite.NOTIFICATION;
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
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Votes, withdrawals and supersession, end to end on the shared suite (see {@link SharedSuite}), on an organisation
 * of this run under the shared root: a division (two leads, a long SLA) above a department (one lead, a short SLA)
 * above a team. The division and the department each need two approvers for every decision of the run's category.
 *
 * <ol>
 * <li>a decision beyond the department's remit goes to the division: the first lead's vote leaves it open
 * (acknowledged, one vote of two), the second lead's approves it, and the decision is in effect;</li>
 * <li>one within the department's remit gets a vote there from a division lead; the department's SLA passes, the
 * escalation moves up to the division with that vote carried, and a vote there completes it;</li>
 * <li>a pending decision is withdrawn: its escalation ends withdrawn in decision-service and in
 * notification-service's audit, the department's lead is told, and no breach follows the deadline;</li>
 * <li>a later decision supersedes one in effect: the earlier one is superseded, and both point to each other; one
 * superseding a pending decision ends that decision's escalation withdrawn, naming the successor;</li>
 * <li>every chain of the story verifies afterwards.</li>
 * </ol>
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
@ExtendWith(SharedSuite.class)
class VotesAndLifecycleStoryTest {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);
    /** The department's SLA: short, so that story 2 sees a move up and story 3 a deadline pass within seconds. */
    private static final String SHORT_SLA = "PT4S";
    /** How long past a deadline notification-service's timer and decision-service's move up take at most, here. */
    private static final Duration BREACH_MARGIN = Duration.ofSeconds(6);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String admin = "e2e-" + run + "-admin";
    private final String governance = "e2e-" + run + "-governance";
    private final String rootLead = "e2e-" + run + "-root-lead";
    private final String divisionLead = "e2e-" + run + "-dora";
    private final String secondDivisionLead = "e2e-" + run + "-dan";
    private final String departmentLead = "e2e-" + run + "-pia";
    private final String member = "e2e-" + run + "-max";
    private final String divisionId = "e2e-" + run + "-division";
    private final String departmentId = "e2e-" + run + "-department";
    private final String teamId = "e2e-" + run + "-squad";
    private final String category = "spend-" + run;

    private RemitSuite suite;
    private StoryOrganisation.Root root;
    private boolean memberKnown;
    private String withdrawnDecision;

    @BeforeEach
    void requireThePackagedServices() {
        assumeTrue(SharedSuite.missingJars().isEmpty(), SharedSuite::skipReason);
        suite = SharedSuite.running().suite();
    }

    @Test
    void votesReachTheirQuorumAreCarriedUpAndDecisionsAreWithdrawnAndSupersededWithEveryChainIntact() {
        try {
            organisationAndBoundaries();
            twoApproversAreNeededAndTheSecondVoteApproves();
            aVoteIsCarriedWhenTheEscalationMovesUp();
            aWithdrawnDecisionEndsItsEscalationAndNoBreachFollows();
            aLaterDecisionSupersedesAnEarlierOne();
            everyChainVerifies();
        } catch (RuntimeException | Error e) {
            suite.reportFailure("votes and lifecycle story, run " + run, e);
            throw e;
        } finally {
            StoryOrganisation.leaveTheSharedRootAsItWas(adminToken(), root, rootLead);
        }
    }

    private void organisationAndBoundaries() {
        root = StoryOrganisation.createOrReuseTheRoot(run, adminToken());
        // A membership change publishes the root's snapshot on this suite's broker, so decision-service learns it.
        StoryOrganisation.setMember(adminToken(), root.id(), rootLead, "LEAD");
        StoryOrganisation.createTeam(adminToken(), divisionId, "E2E " + run + " Division", root.id(), "PT1H");
        StoryOrganisation.setMember(adminToken(), divisionId, divisionLead, "LEAD");
        StoryOrganisation.setMember(adminToken(), divisionId, secondDivisionLead, "LEAD");
        StoryOrganisation.createTeam(adminToken(), departmentId, "E2E " + run + " Department", divisionId,
                SHORT_SLA);
        StoryOrganisation.setMember(adminToken(), departmentId, departmentLead, "LEAD");
        StoryOrganisation.createTeam(adminToken(), teamId, "E2E " + run + " Squad", departmentId, "PT1H");
        StoryOrganisation.setMember(adminToken(), teamId, member, "MEMBER");

        for (String team : List.of(root.id(), divisionId, departmentId, teamId)) {
            await("decision-service learns team " + team).atMost(PROPAGATION).pollInterval(Duration.ofMillis(200))
                    .untilAsserted(() -> assertThat(as(DECISION, governanceToken())
                            .get("/teams/{id}/boundaries", team).statusCode()).isEqualTo(200));
        }
        // Two approvers for every decision the division or the department answers; none for the team's own.
        List<Map<String, Object>> twoApprovers = List.of(Map.of("required", 2));
        JsonNode division = putBoundary(divisionId, 1_000_000, "HIGH", "ORGANISATION", twoApprovers);
        assertThat(division.path("approvals")).singleElement()
                .satisfies(rule -> assertThat(rule.path("required").asInt()).isEqualTo(2));
        putBoundary(departmentId, 100_000, "HIGH", "ORGANISATION", twoApprovers);
        JsonNode team = putBoundary(teamId, 10_000, "MEDIUM", "TEAM", List.of());
        assertThat(team.has("approvals")).as("no rules stated: %s", team).isFalse();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 1. Two approvers
    // ---------------------------------------------------------------------------------------------------------------

    private void twoApproversAreNeededAndTheSecondVoteApproves() {
        JsonNode decision = decide("E2E " + run + ": a second region", 500_000, null);
        String decisionId = decision.path("id").asText();
        assertThat(decision.path("status").asText()).isEqualTo("PENDING");
        JsonNode opened = decision.path("escalation");
        assertThat(opened.path("targetTeamId").asText()).as("beyond the department's 100k").isEqualTo(divisionId);
        String escalationId = opened.path("id").asText();
        JsonNode escalation = escalation(escalationId);
        assertThat(escalation.path("status").asText()).isEqualTo("OPEN");
        assertThat(escalation.path("approvalsRequired").asInt()).isEqualTo(2);
        assertThat(escalation.path("votes")).isEmpty();

        // The deciding team cannot vote on its own decision.
        Response own = as(DECISION, token(member)).body(vote("APPROVED", "fine by us"))
                .post("/escalations/{id}/votes", escalationId);
        assertThat(own.statusCode()).as(describe(own)).isEqualTo(403);

        JsonNode first = castVote(escalationId, divisionLead, "APPROVED", "Yes, within the plan (run " + run + ")");
        assertThat(first.path("status").asText()).as("one of two: still open").isEqualTo("ACKNOWLEDGED");
        assertThat(first.path("acknowledgedBy").asText()).as("the first vote acknowledges").isEqualTo(divisionLead);
        assertThat(first.path("approvalsRequired").asInt()).isEqualTo(2);
        assertThat(first.path("votes")).singleElement().satisfies(v -> {
            assertThat(v.path("by").asText()).isEqualTo(divisionLead);
            assertThat(v.path("outcome").asText()).isEqualTo("APPROVED");
            assertThat(v.path("carried").asBoolean()).isFalse();
            assertThat(v.path("basis").asText()).isEqualTo("lead of " + divisionId);
            assertThat(v.has("onBehalfOf")).isFalse();
        });
        assertThat(lastStep(first).path("action").asText()).isEqualTo("VOTED");
        assertThat(decision(decisionId).path("status").asText()).as("not approved yet").isEqualTo("PENDING");

        // Each person votes once.
        Response again = as(DECISION, token(divisionLead)).body(vote("APPROVED", "once more"))
                .post("/escalations/{id}/votes", escalationId);
        assertThat(again.statusCode()).as(describe(again)).isEqualTo(409);
        assertThat(json(again).path("type").asText()).endsWith(":already-voted");

        JsonNode second = castVote(escalationId, secondDivisionLead, "APPROVED", "Agreed (run " + run + ")");
        assertThat(second.path("status").asText()).isEqualTo("APPROVED");
        assertThat(second.path("resolvedBy").asText()).isEqualTo(secondDivisionLead);
        assertThat(texts(second.path("votes"), "by")).containsExactly(divisionLead, secondDivisionLead);
        JsonNode resolved = lastStep(second);
        assertThat(resolved.path("action").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.path("approvals").asInt()).isEqualTo(2);
        assertThat(resolved.path("approvalsRequired").asInt()).isEqualTo(2);
        assertThat(actions(second)).containsSubsequence("OPENED", "VOTED", "RESOLVED");
        assertThat(decision(decisionId).path("status").asText()).isEqualTo("IN_EFFECT");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 2. A vote carried up
    // ---------------------------------------------------------------------------------------------------------------

    private void aVoteIsCarriedWhenTheEscalationMovesUp() {
        JsonNode decision = decide("E2E " + run + ": a load-testing cluster", 50_000, null);
        String decisionId = decision.path("id").asText();
        String escalationId = decision.path("escalation").path("id").asText();
        assertThat(decision.path("escalation").path("targetTeamId").asText()).isEqualTo(departmentId);

        // A lead of the division, above the department, votes at the department's level; one of two.
        String comment = "Yes from the division (run " + run + ")";
        JsonNode voted = castVote(escalationId, divisionLead, "APPROVED", comment);
        assertThat(voted.path("level").asInt()).as("voted before the department's SLA passed: %s", voted)
                .isEqualTo(1);
        assertThat(voted.path("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(voted.path("approvalsRequired").asInt()).isEqualTo(2);
        assertThat(voted.path("votes")).singleElement()
                .satisfies(v -> assertThat(v.path("carried").asBoolean()).isFalse());

        // The department answers nothing: one SLA period after the vote's acknowledgement, the escalation moves up.
        await("the escalation moves up to the division").atMost(PROPAGATION).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(escalation(escalationId).path("level").asInt()).isEqualTo(2));
        JsonNode moved = escalation(escalationId);
        assertThat(moved.path("targetTeamId").asText()).isEqualTo(divisionId);
        assertThat(moved.path("status").asText()).as("a move up never approves by itself").isEqualTo("OPEN");
        assertThat(moved.path("approvalsRequired").asInt()).as("the division's rules").isEqualTo(2);
        assertThat(moved.path("votes")).singleElement().satisfies(v -> {
            assertThat(v.path("by").asText()).isEqualTo(divisionLead);
            assertThat(v.path("outcome").asText()).isEqualTo("APPROVED");
            assertThat(v.path("carried").asBoolean()).isTrue();
            assertThat(v.path("comment").asText()).isEqualTo(comment);
            assertThat(v.path("basis").asText()).isEqualTo("lead of " + divisionId);
        });
        JsonNode moveUp = lastStep(moved);
        assertThat(moveUp.path("action").asText()).isEqualTo("MOVED_UP");
        assertThat(texts(moveUp.path("carriedVotes"))).containsExactly(divisionLead);
        assertThat(texts(moveUp.path("droppedVotes"))).isEmpty();
        assertThat(moveUp.path("approvals").asInt()).isEqualTo(1);
        assertThat(decision(decisionId).path("status").asText()).isEqualTo("PENDING");

        JsonNode approved = castVote(escalationId, secondDivisionLead, "APPROVED", "Agreed (run " + run + ")");
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("level").asInt()).isEqualTo(2);
        assertThat(lastStep(approved).path("approvals").asInt()).as("the carried vote and this one").isEqualTo(2);
        assertThat(actions(approved)).containsSubsequence("OPENED", "VOTED", "MOVED_UP", "RESOLVED");
        assertThat(decision(decisionId).path("status").asText()).isEqualTo("IN_EFFECT");

        // notification-service's audit keeps each vote where it was cast, and the count the last one left at level 2
        // includes the carried vote.
        await("the audit shows the approval and its votes").atMost(PROPAGATION).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    JsonNode audited = audited(escalationId);
                    assertThat(audited.path("status").asText()).isEqualTo("APPROVED");
                    assertThat(audited.path("votes")).satisfiesExactly(
                            atDepartment -> {
                                assertThat(atDepartment.path("level").asInt()).isEqualTo(1);
                                assertThat(atDepartment.path("by").asText()).isEqualTo(divisionLead);
                                assertThat(atDepartment.path("approvals").asInt()).isEqualTo(1);
                                assertThat(atDepartment.path("status").asText()).isEqualTo("ACKNOWLEDGED");
                            },
                            atDivision -> {
                                assertThat(atDivision.path("level").asInt()).isEqualTo(2);
                                assertThat(atDivision.path("by").asText()).isEqualTo(secondDivisionLead);
                                assertThat(atDivision.path("approvals").asInt()).isEqualTo(2);
                                assertThat(atDivision.path("status").asText()).isEqualTo("APPROVED");
                            });
                });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 3. Withdrawn
    // ---------------------------------------------------------------------------------------------------------------

    private void aWithdrawnDecisionEndsItsEscalationAndNoBreachFollows() {
        JsonNode decision = decide("E2E " + run + ": a vendor we no longer need", 60_000, null);
        withdrawnDecision = decision.path("id").asText();
        String escalationId = decision.path("escalation").path("id").asText();
        Instant dueAt = Instant.parse(decision.path("escalation").path("dueAt").asText());

        // Withdrawn at once, within the department's SLA, by the member who decided.
        String reason = "The vendor was dropped (run " + run + ")";
        Response withdrawn = as(DECISION, token(member)).body(Map.of("reason", reason))
                .post("/decisions/{id}/withdraw", withdrawnDecision);
        assertThat(withdrawn.statusCode()).as(describe(withdrawn)).isEqualTo(200);
        assertThat(json(withdrawn).path("status").asText()).isEqualTo("WITHDRAWN");
        Response twice = as(DECISION, token(member)).body(Map.of("reason", reason))
                .post("/decisions/{id}/withdraw", withdrawnDecision);
        assertThat(twice.statusCode()).as(describe(twice)).isEqualTo(409);

        JsonNode ended = escalation(escalationId);
        assertThat(ended.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(lastStep(ended).path("action").asText()).isEqualTo("WITHDRAWN");
        int level = ended.path("level").asInt();
        int steps = ended.path("history").size();
        Response vote = as(DECISION, token(divisionLead)).body(vote("APPROVED", "too late"))
                .post("/escalations/{id}/votes", escalationId);
        assertThat(vote.statusCode()).as(describe(vote)).isEqualTo(409);

        // notification-service ends it too, and tells the department's lead, who heard of it.
        await("the audit shows the escalation withdrawn").atMost(PROPAGATION).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    JsonNode audited = audited(escalationId);
                    assertThat(audited.path("status").asText()).isEqualTo("WITHDRAWN");
                    assertThat(audited.path("withdrawnBy").asText()).isEqualTo(member);
                    assertThat(audited.path("withdrawalReason").asText()).isEqualTo(reason);
                });
        await("the department lead's withdrawal notice").atMost(PROPAGATION).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(inbox(departmentLead, escalationId))
                        .anySatisfy(n -> assertThat(n.path("kind").asText()).isEqualTo("WITHDRAWN")));
        List<JsonNode> notices = inbox(departmentLead, escalationId);
        assertThat(notices).extracting(n -> n.path("kind").asText())
                .containsExactlyInAnyOrder("ESCALATED", "WITHDRAWN");
        JsonNode notice = notices.stream().filter(n -> n.path("kind").asText().equals("WITHDRAWN")).findFirst()
                .orElseThrow();
        assertThat(notice.path("channel").asText()).isEqualTo("INBOX");
        assertThat(notice.path("withdrawalReason").asText()).isEqualTo(reason);
        assertThat(notice.path("decisionId").asText()).isEqualTo(withdrawnDecision);

        // The deadline passes, and then some: nothing moves.
        Instant quietUntil = dueAt.plus(BREACH_MARGIN);
        Duration quiet = Duration.between(Instant.now(), quietUntil);
        if (quiet.compareTo(Duration.ofSeconds(1)) < 0) {
            quiet = Duration.ofSeconds(1);
        }
        await("the withdrawn escalation stays where it ended, past its deadline " + dueAt).during(quiet)
                .atMost(quiet.plus(PROPAGATION)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    JsonNode now = escalation(escalationId);
                    assertThat(now.path("status").asText()).isEqualTo("WITHDRAWN");
                    assertThat(now.path("level").asInt()).isEqualTo(level);
                    assertThat(now.path("history").size()).as("history of %s", now).isEqualTo(steps);
                });
        JsonNode audited = audited(escalationId);
        assertThat(audited.path("breaches")).as("no breach after the withdrawal: %s", audited).isEmpty();
        assertThat(audited.path("overdue").asBoolean()).isFalse();
        JsonNode trail = json(as(NOTIFICATION, governanceToken()).get("/audit/escalations/{id}", escalationId)
                .then().statusCode(200).extract().response());
        List<String> timeline = texts(trail.path("timeline"), "what");
        // In the order of their instants: the lead may well have been notified after the withdrawal itself.
        assertThat(timeline).contains("OPENED", "NOTIFIED", "WITHDRAWN").doesNotContain("BREACHED");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 4. Superseded
    // ---------------------------------------------------------------------------------------------------------------

    private void aLaterDecisionSupersedesAnEarlierOne() {
        JsonNode earlier = decide("E2E " + run + ": two contractors", 6_000, null);
        String earlierId = earlier.path("id").asText();
        assertThat(earlier.path("verdict").asText()).isEqualTo("WITHIN_REMIT");
        assertThat(earlier.path("status").asText()).isEqualTo("IN_EFFECT");

        JsonNode later = decide("E2E " + run + ": three contractors", 9_000, earlierId);
        String laterId = later.path("id").asText();
        assertThat(later.path("verdict").asText()).isEqualTo("WITHIN_REMIT");
        assertThat(later.path("status").asText()).isEqualTo("IN_EFFECT");
        assertThat(later.path("supersedes").asText()).isEqualTo(earlierId);

        JsonNode superseded = decision(earlierId);
        assertThat(superseded.path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(superseded.path("supersededBy").asText()).isEqualTo(laterId);

        // A superseded decision cannot be superseded again.
        Response again = as(DECISION, token(member)).body(decisionBody("E2E " + run + ": four", 9_500, earlierId))
                .post("/decisions");
        assertThat(again.statusCode()).as(describe(again)).isEqualTo(409);

        // A pending one superseded by a successor within remit: its escalation ends withdrawn, naming the successor.
        JsonNode pending = decide("E2E " + run + ": a managed database", 70_000, null);
        String pendingId = pending.path("id").asText();
        String pendingEscalation = pending.path("escalation").path("id").asText();
        assertThat(pending.path("status").asText()).isEqualTo("PENDING");
        JsonNode successor = decide("E2E " + run + ": a smaller database", 8_000, pendingId);
        String successorId = successor.path("id").asText();
        assertThat(successor.path("status").asText()).isEqualTo("IN_EFFECT");
        JsonNode replaced = decision(pendingId);
        assertThat(replaced.path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(replaced.path("supersededBy").asText()).isEqualTo(successorId);
        JsonNode ended = escalation(pendingEscalation);
        assertThat(ended.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(lastStep(ended).path("action").asText()).isEqualTo("WITHDRAWN");
        await("the audit shows the superseded decision's escalation withdrawn").atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                    JsonNode audited = audited(pendingEscalation);
                    assertThat(audited.path("status").asText()).isEqualTo("WITHDRAWN");
                    assertThat(audited.path("supersededBy").asText()).isEqualTo(successorId);
                    assertThat(audited.path("decisionStatus").asText()).isEqualTo("SUPERSEDED");
                });

        // The filters find them by their own status and by their escalation's.
        assertThat(decisionIds(Map.of("teamId", teamId, "status", "SUPERSEDED")))
                .containsExactlyInAnyOrder(earlierId, pendingId);
        assertThat(decisionIds(Map.of("teamId", teamId, "status", "WITHDRAWN"))).containsExactly(withdrawnDecision);
        assertThat(decisionIds(Map.of("teamId", teamId, "escalationStatus", "WITHDRAWN")))
                .containsExactlyInAnyOrder(withdrawnDecision, pendingId);
        assertThat(decisionIds(Map.of("teamId", teamId, "status", "IN_EFFECT"))).contains(laterId, successorId)
                .doesNotContain(earlierId, pendingId, withdrawnDecision);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 5. The chains
    // ---------------------------------------------------------------------------------------------------------------

    private void everyChainVerifies() {
        for (String team : List.of(teamId, departmentId, divisionId)) {
            JsonNode verified = json(as(DECISION, token(member)).get("/teams/{id}/decisions/verify", team)
                    .then().statusCode(200).extract().response());
            assertThat(verified.path("valid").asBoolean()).as("chain of %s: %s", team, verified).isTrue();
        }
        JsonNode teamChain = json(as(DECISION, token(member)).get("/teams/{id}/decisions/verify", teamId)
                .then().statusCode(200).extract().response());
        // 7 decisions; 3 + 4 + 1 + 1 escalation steps at least; the withdrawal.
        assertThat(teamChain.path("count").asLong()).as("entries in %s", teamChain).isGreaterThanOrEqualTo(16);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private JsonNode putBoundary(String team, long maxAmount, String maxRisk, String maxScope,
                                 List<Map<String, Object>> approvals) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("maxBudget", money(maxAmount), "maxRisk", maxRisk,
                "maxScope", maxScope, "reason", "E2E " + run));
        if (!approvals.isEmpty()) {
            body.put("approvals", approvals);
        }
        Response response = as(DECISION, governanceToken()).body(body)
                .put("/teams/{id}/boundaries/{category}", team, category);
        assertThat(response.statusCode()).as(describe(response)).isEqualTo(201);
        return json(response);
    }

    /** The member logs a decision; the first waits until decision-service knows the membership. */
    private JsonNode decide(String title, long amount, String supersedes) {
        Map<String, Object> body = decisionBody(title, amount, supersedes);
        Response[] response = new Response[1];
        if (memberKnown) {
            response[0] = as(DECISION, token(member)).body(body).post("/decisions");
        } else {
            await("decision-service knows " + member + " is a member of " + teamId).atMost(PROPAGATION)
                    .pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                        response[0] = as(DECISION, token(member)).body(body).post("/decisions");
                        assertThat(response[0].statusCode()).as(describe(response[0])).isNotEqualTo(403);
                    });
            memberKnown = true;
        }
        assertThat(response[0].statusCode()).as(describe(response[0])).isEqualTo(201);
        return json(response[0]);
    }

    private Map<String, Object> decisionBody(String title, long amount, String supersedes) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("teamId", teamId, "category", category, "title", title,
                "rationale", "E2E run " + run, "budget", money(amount), "risk", "MEDIUM", "scope", "TEAM",
                "reversible", true));
        if (supersedes != null) {
            body.put("supersedes", supersedes);
        }
        return body;
    }

    private static Map<String, Object> vote(String outcome, String comment) {
        return Map.of("outcome", outcome, "comment", comment);
    }

    /** An eligible voter's vote; it waits, while refused, until decision-service has the voter's lead role. */
    private JsonNode castVote(String escalationId, String voter, String outcome, String comment) {
        Response[] response = new Response[1];
        await("decision-service knows " + voter + " may vote").atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                    response[0] = as(DECISION, token(voter)).body(vote(outcome, comment))
                            .post("/escalations/{id}/votes", escalationId);
                    assertThat(response[0].statusCode()).as(describe(response[0])).isNotEqualTo(403);
                });
        assertThat(response[0].statusCode()).as(describe(response[0])).isEqualTo(200);
        return json(response[0]);
    }

    private JsonNode escalation(String id) {
        return json(as(DECISION, governanceToken()).get("/escalations/{id}", id)
                .then().statusCode(200).extract().response());
    }

    private JsonNode decision(String id) {
        return json(as(DECISION, governanceToken()).get("/decisions/{id}", id)
                .then().statusCode(200).extract().response());
    }

    private List<String> decisionIds(Map<String, String> query) {
        Response response = as(DECISION, governanceToken()).queryParams(query).get("/decisions");
        assertThat(response.statusCode()).as(describe(response)).isEqualTo(200);
        return texts(json(response).path("items"), "id");
    }

    private static JsonNode lastStep(JsonNode escalation) {
        JsonNode history = escalation.path("history");
        return history.get(history.size() - 1);
    }

    private static List<String> actions(JsonNode escalation) {
        return texts(escalation.path("history"), "action");
    }

    private List<JsonNode> inbox(String user, String escalationId) {
        Response response = as(NOTIFICATION, token(user)).queryParam("escalationId", escalationId)
                .get("/notifications");
        assertThat(response.statusCode()).as(describe(response)).isEqualTo(200);
        return items(json(response).path("items"));
    }

    private JsonNode audited(String escalationId) {
        Response response = as(NOTIFICATION, governanceToken()).accept(ContentType.JSON).queryParam("teamId", teamId)
                .get("/audit/escalations");
        assertThat(response.statusCode()).as(describe(response)).isEqualTo(200);
        return items(json(response).path("items")).stream()
                .filter(item -> item.path("id").asText().equals(escalationId)).findFirst()
                .orElseThrow(() -> new AssertionError("not in the audit yet: " + escalationId));
    }

    private String adminToken() {
        return token(admin, "admin");
    }

    private String governanceToken() {
        return token(governance, "governance");
    }
}
