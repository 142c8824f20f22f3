package io.remit.decision.drills;

import io.remit.platform.testing.drills.*;

import static io.remit.platform.testing.drills.HostileRun.UNIQUE;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.decision.Api;
import io.remit.decision.Org;
import io.remit.platform.testing.drills.HostilePlan.Op;
import io.remit.platform.testing.drills.HostileRun.Req;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated hostile requests against decision-service's contract (jqwik generators, fixed seed; see
 * {@link HostilePlan}): bad and forged tokens; callers without the right (non-members logging decisions, anyone but
 * governance writing boundaries, the decider, the deciding team and outsiders acting on escalations); and, from
 * callers with the right, mutated bodies, hostile ids, query values and headers. None may get a 5xx, every 4xx is
 * problem+json, and a refused request (or a read, or an evaluation) writes nothing: the drill's boundaries,
 * decisions, escalations (and their versions), votes, log entries, idempotency keys and new outbox events are counted
 * after every request. Reproduce with {@code -Dremit.drills.seed=<seed>}; size with
 * {@code -Dremit.drills.requests=<n>}; fail on known defects too with {@code -Dremit.drills.strict=true}.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class HostileInputTest {


    @Inject
    EntityManager em;

    private final String prefix = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
    private long outboxStart;

    @Test
    void shouldNeverFailNorWriteWhenRefused() {
        String root = prefix + "-root";
        String department = prefix + "-dept";
        String team = prefix + "-team";
        String member = prefix + "-mia";
        String lead = prefix + "-theo";
        String departmentLead = prefix + "-dana";
        Org.root(root).lead(prefix + "-rory").publish();
        Org.team(department, root).lead(departmentLead).publish();
        Org.team(team, department).lead(lead).member(member).publish();
        Api.setBoundary(department, "spend", Api.boundary(100_000L, "HIGH", "ORGANISATION"));
        Api.setBoundary(team, "spend", Api.boundary(10_000L, "MEDIUM", "TEAM"));
        String decision = Api.as(member).body(Api.decision(team, "spend", 500L)).post("/decisions")
                .then().statusCode(201).extract().path("id");
        String toAcknowledge = escalate(member, team);
        String toResolve = escalate(member, team);
        String toVote = escalate(member, team);
        String toWithdraw = Api.as(member).body(Api.decision(team, "spend", 600L)).post("/decisions")
                .then().statusCode(201).extract().path("id");
        outboxStart = ((Number) QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select coalesce(max(seq), 0) from remit_decision.outbox_event").getSingleResult()))
                .longValue();

        String reader = DevTokens.token(prefix + "-reader");
        String memberToken = DevTokens.token(member);
        String governance = DevTokens.token(prefix + "-gus", "governance");
        String departmentLeadToken = DevTokens.token(departmentLead);
        String stranger = DevTokens.token(prefix + "-stranger");
        String admin = DevTokens.token(prefix + "-ada", "admin");
        String integration = DevTokens.token(prefix + "-bot", "integration");
        String decidedAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        String decisionBody = "{\"teamId\":\"" + team + "\",\"category\":\"spend\",\"title\":\"Drill " + UNIQUE
                + "\",\"rationale\":\"Because\",\"budget\":{\"amount\":500,\"currency\":\"EUR\"},\"risk\":\"LOW\","
                + "\"scope\":\"TEAM\",\"reversible\":true,\"decidedBy\":\"" + member + "\",\"decidedAt\":\"" + decidedAt
                + "\",\"source\":\"drill\",\"externalRef\":\"" + UNIQUE + "\"}";
        String boundaryBody = "{\"maxBudget\":{\"amount\":5000,\"currency\":\"EUR\"},\"maxRisk\":\"LOW\",\"maxScope\":"
                + "\"TEAM\",\"irreversibleAllowed\":false,\"reason\":\"Drill " + UNIQUE + "\"}";
        List<Op> ops = List.of(
                Op.read("/boundaries/conflicts", "/boundaries/conflicts", reader),
                Op.write("POST", "/decisions", "/decisions", decisionBody, memberToken,
                        List.of(stranger, departmentLeadToken, governance, admin, DevTokens.token(prefix + "-x",
                                "Integration"))).headers(Map.of("Idempotency-Key", UNIQUE)),
                Op.read("/decisions", "/decisions?teamId=" + team, reader, "teamId", "category", "verdict", "status",
                        "escalationStatus", "from", "to", "after", "limit"),
                Op.write("POST", "/decisions/{id}/withdraw", "/decisions/" + toWithdraw + "/withdraw",
                        "{\"reason\":\"Drill " + UNIQUE + "\"}", memberToken,
                        List.of(departmentLeadToken, stranger, admin, integration)),
                Op.write("POST", "/decisions/evaluate", "/decisions/evaluate", decisionBody, reader, List.of())
                        .answersOnly(),
                Op.read("/decisions/{id}", "/decisions/" + decision, reader),
                Op.read("/escalations", "/escalations?targetTeamId=" + department, reader, "targetTeamId", "status",
                        "after", "limit"),
                Op.read("/escalations/{id}", "/escalations/" + toAcknowledge, reader),
                Op.write("POST", "/escalations/{id}/acknowledge", "/escalations/" + toAcknowledge + "/acknowledge",
                        null, departmentLeadToken, List.of(memberToken, DevTokens.token(lead), stranger, admin,
                                integration, DevTokens.token(member, "governance"))),
                Op.write("POST", "/escalations/{id}/resolve", "/escalations/" + toResolve + "/resolve",
                        "{\"outcome\":\"APPROVED\",\"comment\":\"Drill " + UNIQUE + "\"}", departmentLeadToken,
                        List.of(memberToken, DevTokens.token(lead), stranger, admin, integration,
                                DevTokens.token(lead, "governance"))),
                Op.write("POST", "/escalations/{id}/votes", "/escalations/" + toVote + "/votes",
                        "{\"outcome\":\"REJECTED\",\"comment\":\"Drill " + UNIQUE + "\"}", departmentLeadToken,
                        List.of(memberToken, DevTokens.token(lead), stranger, admin, integration,
                                DevTokens.token(lead, "governance"))),
                Op.read("/teams/{teamId}/boundaries", "/teams/" + team + "/boundaries", reader),
                Op.write("PUT", "/teams/{teamId}/boundaries/{category}", "/teams/" + team + "/boundaries/spend",
                        boundaryBody, governance, List.of(memberToken, DevTokens.token(lead), departmentLeadToken,
                                admin, integration, DevTokens.token(prefix + "-gus", "Governance"))),
                Op.write("PUT", "/teams/{teamId}/boundaries/{category}", "/teams/" + team + "/boundaries/" + UNIQUE,
                        boundaryBody, governance, List.of(memberToken, admin)),
                Op.read("/teams/{teamId}/boundaries/{category}/versions", "/teams/" + team
                        + "/boundaries/spend/versions", reader),
                Op.read("/teams/{teamId}/decisions/verify", "/teams/" + team + "/decisions/verify", reader),
                Op.read("/teams/{teamId}/authority", "/teams/" + team + "/authority?at=" + decidedAt, reader, "at"));
        assertThat(ops.stream().map(Op::operation).distinct().toList())
                .as("the drill exercises every operation of the contract")
                .containsExactlyInAnyOrderElementsOf(Contract.operations());

        List<Req> requests = new HostilePlan(ops, member, HostilePlan.REQUESTS).generate(HostilePlan.SEED);
        HostileRun run = new HostileRun(prefix, this::fingerprint);
        run.run(requests);
        System.out.println(run.report("decision-service (seed " + HostilePlan.SEED + ")"));

        assertThat(run.sent()).as("requests sent").isGreaterThanOrEqualTo(Math.min(HostilePlan.REQUESTS, 5_000));
        assertThat(run.failures()).as("%d failures, see the report above", run.failureCount()).isEmpty();
    }

    private static String escalate(String member, String team) {
        return Api.as(member).body(Api.decision(team, "spend", 50_000L)).post("/decisions")
                .then().statusCode(201).extract().path("escalation.id");
    }

    /**
     * The rows of the drill's teams: boundaries, decisions, escalations and the sum of their versions (any state
     * change bumps one), log entries and log heads, the drill users' idempotency keys, the teams' kept history
     * versions, and outbox events written
     * since the drill began that mention the drill's teams.
     */
    private List<Object> fingerprint() {
        return QuarkusTransaction.requiringNew().call(() -> Arrays.asList((Object[]) em.createNativeQuery(
                "select (select count(*) from remit_decision.boundary where team_id like ?1),"
                        + " (select count(*) from remit_decision.decision where team_id like ?1),"
                        + " (select count(*) from remit_decision.escalation where team_id like ?1),"
                        + " (select coalesce(sum(version), 0) from remit_decision.escalation where team_id like ?1),"
                        + " (select count(*) from remit_decision.escalation_step where team_id like ?1),"
                        + " (select count(*) from remit_decision.decision_act where team_id like ?1),"
                        + " (select count(*) from remit_decision.decision where team_id like ?1"
                        + " and status <> recorded_status),"
                        + " (select count(*) from remit_decision.escalation_vote v join remit_decision.escalation e"
                        + " on e.id = v.escalation_id where e.team_id like ?1),"
                        + " (select coalesce(sum(last_seq), 0) from remit_decision.team_log_head"
                        + " where team_id like ?1),"
                        + " (select count(*) from remit_decision.idempotency_key where caller like ?1),"
                        + " (select count(*) from remit_decision.team_history where team_id like ?1),"
                        + " (select count(*) from remit_decision.outbox_event where seq > ?2 and payload like ?3)")
                .setParameter(1, prefix + "%").setParameter(2, outboxStart).setParameter(3, "%" + prefix + "%")
                .getSingleResult()));
    }
}
