package io.remit.decision;

import static io.remit.decision.Api.PROBLEM;
import static io.remit.decision.Api.as;
import static io.remit.decision.Api.asGovernance;
import static io.remit.decision.Api.boundary;
import static io.remit.decision.Api.decision;
import static io.remit.decision.Api.money;
import static io.remit.decision.Api.setBoundary;
import static io.remit.decision.Org.root;
import static io.remit.decision.Org.team;
import static io.remit.decision.Org.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.decision.escalation.events.SlaBreachConsumer;
import io.remit.decision.events.DecisionEventSchemas;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.TeamEventFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quorum and votes (DESIGN "Authority over time" 2): the department (leads lena and fay) needs two approvers for spend
 * of 40000 EUR or more; the team below it (member mia) escalates a 50000 EUR decision there. rory and ruth lead the
 * root.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class EscalationVotesTest {

    String rory = uniqueId("rory");
    String ruth = uniqueId("ruth");
    String lena = uniqueId("lena");
    String fay = uniqueId("fay");
    String dave = uniqueId("dave");
    String member = uniqueId("mia");
    String root;
    TeamEventFixture department;
    String team;

    @BeforeEach
    void organisation() {
        root = root(uniqueId("root")).lead(rory).lead(ruth).publish();
        department = team(uniqueId("dept"), root).lead(lena).lead(fay);
        department.publish();
        team = team(uniqueId("team"), department.id()).member(member).publish();
        setBoundary(department.id(), "spend", withApprovals(boundary(100_000L, "HIGH", "ORGANISATION"),
                rule(40_000L, 2)));
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));
    }

    @Test
    void shouldStayOpenAfterTheFirstApprovalAndApproveAtTheSecond() {
        var created = escalate(50_000L);
        String escalation = created.get("escalation");
        String dueAt = as("reader").get("/escalations/{id}", escalation).then().statusCode(200)
                .body("approvalsRequired", equalTo(2)).body("votes", hasSize(0)).extract().path("dueAt");

        vote(lena, escalation, "APPROVED", "Fine by me").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgedBy", equalTo(lena))
                .body("dueAt", not(equalTo(dueAt)))
                .body("approvalsRequired", equalTo(2))
                .body("votes.by", contains(lena))
                .body("votes[0].outcome", equalTo("APPROVED"))
                .body("votes[0].basis", equalTo("lead of " + department.id()))
                .body("votes[0].carried", equalTo(false))
                .body("votes[0].onBehalfOf", nullValue())
                .body("history.action", contains("OPENED", "VOTED"))
                .body("history[1].vote", equalTo("APPROVED"))
                .body("history[1].approvals", equalTo(1))
                .body("history[1].approvalsRequired", equalTo(2));
        as(fay).body(Map.of("outcome", "APPROVED", "comment", "Agreed")).post("/escalations/{id}/resolve", escalation)
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("resolvedBy", equalTo(fay))
                .body("votes.by", contains(lena, fay))
                .body("history.action", contains("OPENED", "VOTED", "RESOLVED"))
                .body("history[2].approvals", equalTo(2));

        List<JsonNode> events = DecisionTopic.eventsFor(created.get("decision"), 7);
        events.forEach(e -> DecisionEventSchemas.forType(e.get("type").asText()).assertValid(e));
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("remit.decision.recorded.v1",
                "remit.decision.escalated.v1", "remit.escalation.acknowledged.v1", "remit.escalation.voted.v1",
                "remit.escalation.voted.v1", "remit.escalation.resolved.v1", "remit.decision.status-changed.v1");
        assertThat(events.get(3).at("/data/status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(events.get(3).at("/data/approvals").asInt()).isEqualTo(1);
        assertThat(events.get(3).at("/data/approvalsRequired").asInt()).isEqualTo(2);
        assertThat(events.get(4).at("/data/vote/by").asText()).isEqualTo(fay);
        assertThat(events.get(4).at("/data/status").asText()).isEqualTo("APPROVED");
        assertThat(events.get(5).at("/data/resolvedBy").asText()).isEqualTo(fay);
        as("auditor", "auditor").get("/teams/{t}/decisions/verify", team).then().statusCode(200)
                .body("valid", equalTo(true)).body("count", equalTo(4));
    }

    @Test
    void shouldRejectAtTheFirstRejection() {
        String escalation = escalate(50_000L).get("escalation");
        vote(lena, escalation, "APPROVED", "Yes").then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));

        vote(fay, escalation, "REJECTED", "Not this quarter").then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("resolvedBy", equalTo(fay))
                .body("history.action", contains("OPENED", "VOTED", "RESOLVED"));
        vote(rory, escalation, "APPROVED", "Too late").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:remit:problem:escalation-transition"));
        as("reader").get("/escalations/{id}", escalation).then().body("votes", hasSize(2));
    }

    @Test
    void shouldRefuseASecondVoteOfTheSamePerson() {
        String escalation = escalate(50_000L).get("escalation");
        vote(lena, escalation, "APPROVED", "Yes").then().statusCode(200);

        vote(lena, escalation, "REJECTED", "On second thoughts").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:remit:problem:already-voted"))
                .body("detail", containsString("has already voted APPROVED"));
        as(lena).body(Map.of("outcome", "APPROVED", "comment", "Again")).post("/escalations/{id}/resolve", escalation)
                .then().statusCode(409).body("type", equalTo("urn:remit:problem:already-voted"));
        assertVotes(escalation, "ACKNOWLEDGED", 1);
    }

    @Test
    void shouldLetADelegateAndTheirLeadShareOneVote() {
        department.delegation(lena, dave, Instant.now().minus(1, ChronoUnit.HOURS),
                Instant.now().plus(2, ChronoUnit.DAYS), "spend").publish();
        String escalation = escalate(50_000L).get("escalation");

        vote(dave, escalation, "APPROVED", "For lena").then().statusCode(200)
                .body("votes[0].by", equalTo(dave))
                .body("votes[0].onBehalfOf", equalTo(lena))
                .body("votes[0].basis", containsString("delegate of " + lena));
        vote(lena, escalation, "APPROVED", "Me too").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:remit:problem:already-voted"))
                .body("detail", containsString("share one vote"));
        assertVotes(escalation, "ACKNOWLEDGED", 1);
    }

    @Test
    void shouldRefuseAVoteAgainstSeparationOfDutiesAndWriteNothing() {
        String escalation = escalate(50_000L).get("escalation");

        vote(member, escalation, "APPROVED", "My own").then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:remit:problem:separation-of-duties"));
        vote("stranger", escalation, "APPROVED", "Why not").then().statusCode(403)
                .body("type", equalTo("urn:remit:problem:no-authority"));
        as("reader").get("/escalations/{id}", escalation).then().body("status", equalTo("OPEN"))
                .body("votes", hasSize(0)).body("history.action", contains("OPENED"));
    }

    @Test
    void shouldLetGovernanceVoteLikeAnyoneWithoutOverride() {
        String escalation = escalate(50_000L).get("escalation");

        asGovernance().body(Map.of("outcome", "APPROVED", "comment", "Governance agrees"))
                .post("/escalations/{id}/votes", escalation).then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("votes[0].basis", equalTo("governance"));
    }

    @Test
    void shouldResolveAOneApproverEscalationWithOneVoteAsBefore() {
        String escalation = escalate(20_000L).get("escalation");
        as("reader").get("/escalations/{id}", escalation).then().body("approvalsRequired", equalTo(1));

        as(lena).body(Map.of("outcome", "APPROVED", "comment", "Small enough"))
                .post("/escalations/{id}/resolve", escalation).then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("resolvedBy", equalTo(lena))
                .body("acknowledgedAt", nullValue())
                .body("history.action", contains("OPENED", "RESOLVED"))
                .body("votes.by", contains(lena));
    }

    /**
     * The department needs four here, the root (a rules-only boundary) two: lena, rory and governance approve at the
     * department, the deadline passes, and the escalation moves to the root. rory (lead there) and governance are
     * still eligible and carried; lena (lead of the department only) is dropped. The carried two reach the root's
     * number, yet the move does not approve: ruth's vote there does.
     */
    @Test
    void shouldCarryTheVotesOfThoseStillEligibleOnAMoveUpAndDropTheOthers() {
        setBoundary(department.id(), "spend", withApprovals(boundary(100_000L, "HIGH", "ORGANISATION"),
                rule(40_000L, 4)));
        setBoundary(root, "spend", withApprovals(rulesOnly(), rule(40_000L, 2)));
        var created = escalate(50_000L);
        String escalation = created.get("escalation");
        vote(lena, escalation, "APPROVED", "Yes").then().statusCode(200);
        vote(rory, escalation, "APPROVED", "Yes from above").then().statusCode(200);
        asGovernance().body(Map.of("outcome", "APPROVED", "comment", "Governance agrees"))
                .post("/escalations/{id}/votes", escalation).then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("votes", hasSize(3));

        String dueAt = as("reader").get("/escalations/{id}", escalation).then().extract().path("dueAt");
        Org.feed(SlaBreachConsumer.CHANNEL, escalation,
                DecisionEventsTest.slaBreached(escalation, 1, department.id(), dueAt));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("reader").get("/escalations/{id}", escalation)
                .then().body("level", equalTo(2)));

        as("reader").get("/escalations/{id}", escalation).then().statusCode(200)
                .body("targetTeamId", equalTo(root))
                .body("status", equalTo("OPEN"))
                .body("approvalsRequired", equalTo(2))
                .body("votes.by", contains(rory, "gina-governance"))
                .body("votes.carried", contains(true, true))
                .body("votes[0].basis", equalTo("lead of " + root))
                .body("history[4].action", equalTo("MOVED_UP"))
                .body("history[4].carriedVotes", contains(rory, "gina-governance"))
                .body("history[4].droppedVotes", contains(lena))
                .body("history[4].approvals", equalTo(2))
                .body("history[4].approvalsRequired", equalTo(2));
        vote(rory, escalation, "APPROVED", "Again").then().statusCode(409)
                .body("type", equalTo("urn:remit:problem:already-voted"));

        vote(ruth, escalation, "APPROVED", "Completes it").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("votes.by", contains(rory, "gina-governance", ruth))
                .body("history[-1].action", equalTo("RESOLVED"))
                .body("history[-1].approvals", equalTo(3));
        as("auditor", "auditor").get("/teams/{t}/decisions/verify", team).then().statusCode(200)
                .body("valid", equalTo(true)).body("count", equalTo(7));
        DecisionTopic.eventsFor(created.get("decision"), 10)
                .forEach(e -> DecisionEventSchemas.forType(e.get("type").asText()).assertValid(e));
    }

    static Map<String, Object> rule(long minBudgetEur, int required) {
        return Map.of("minBudget", money(minBudgetEur, "EUR"), "required", required);
    }

    @SafeVarargs
    static Map<String, Object> withApprovals(Map<String, Object> body, Map<String, Object>... rules) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("approvals", List.of(rules));
        return copy;
    }

    static Map<String, Object> rulesOnly() {
        return new HashMap<>(Map.of("reason", "Approvers at the top"));
    }

    private Map<String, String> escalate(long budgetEur) {
        var created = as(member).body(decision(team, "spend", budgetEur)).post("/decisions").then().statusCode(201)
                .extract();
        return Map.of("decision", created.path("id"), "escalation", created.path("escalation.id"));
    }

    private static io.restassured.response.Response vote(String user, String escalation, String outcome,
            String comment) {
        return as(user).body(Map.of("outcome", outcome, "comment", comment)).post("/escalations/{id}/votes",
                escalation);
    }

    private static void assertVotes(String escalation, String status, int votes) {
        as("reader").get("/escalations/{id}", escalation).then().statusCode(200)
                .body("status", equalTo(status)).body("votes", hasSize(votes))
                .body("history", hasSize(1 + votes));
    }
}
