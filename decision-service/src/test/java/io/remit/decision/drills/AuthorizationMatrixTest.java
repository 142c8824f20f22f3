package io.remit.decision.drills;

import io.remit.platform.testing.drills.*;

import static io.remit.platform.testing.drills.AccessTable.Role.ANCESTOR_LEAD;
import static io.remit.platform.testing.drills.AccessTable.Role.DELEGATE;
import static org.awaitility.Awaitility.await;
import static io.remit.platform.testing.drills.AccessTable.Role.GOVERNANCE;
import static io.remit.platform.testing.drills.AccessTable.Role.INTEGRATION;
import static io.remit.platform.testing.drills.AccessTable.Role.LEAD;
import static io.remit.platform.testing.drills.AccessTable.Role.MEMBER;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.decision.Api;
import io.remit.decision.Org;
import io.remit.platform.testing.drills.AccessTable.Role;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.TeamEventFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of decision-service's contract × every kind of caller (DESIGN.md "Reads and roles", README "who"):
 * any authenticated user reads; boundaries are written by governance; decisions are logged by a member or lead of
 * the team (for themselves) or by integration (naming decidedBy); escalations are acknowledged and resolved by
 * leads of the target or a team above it, their active delegates for the decision's category, and governance, never
 * by the decider nor the deciding team. The auditor reads and writes nothing; the ancestor lead's delegates whose
 * delegation expired, covers another category or was revoked are refused like anyone else.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class AuthorizationMatrixTest {

    /**
     * root → department → team (member, lead), another team under the root; team memberships via the replica. The
     * department's lead (ANCESTOR_LEAD, who receives the escalations) lent her authority four times: for spend, now;
     * for spend, ended; for hiring only; and for spend, revoked (published, then left out of the next snapshot).
     */
    static final class AccessScenario {
        final String prefix = "authz-" + UUID.randomUUID().toString().substring(0, 8);
        final String root = prefix + "-root";
        final String department = prefix + "-dept";
        final String team = prefix + "-team";
        final String other = prefix + "-other";
        final Map<Role, String> users = Map.ofEntries(
                Map.entry(Role.OTHER_TEAM, prefix + "-olga"),
                Map.entry(Role.MEMBER, prefix + "-mia"),
                Map.entry(Role.LEAD, prefix + "-theo"),
                Map.entry(Role.ANCESTOR_LEAD, prefix + "-dana"),
                Map.entry(Role.INTEGRATION, prefix + "-bot"),
                Map.entry(Role.GOVERNANCE, prefix + "-gus"),
                Map.entry(Role.ADMIN, prefix + "-ada"),
                Map.entry(Role.AUDITOR, prefix + "-audrey"),
                Map.entry(Role.DELEGATE, prefix + "-dave"),
                Map.entry(Role.EXPIRED_DELEGATE, prefix + "-ed"),
                Map.entry(Role.OTHER_CATEGORY_DELEGATE, prefix + "-oc"),
                Map.entry(Role.REVOKED_DELEGATE, prefix + "-rev"));
        final String decision;
        final String escalation;
        private final AtomicInteger counter = new AtomicInteger();

        AccessScenario() {
            Org.root(root).lead(prefix + "-rory").publish();
            String lead = users.get(Role.ANCESTOR_LEAD);
            Instant now = Instant.now();
            // The expired delegation ends a few seconds from now, and the scenario waits for that below: it was in
            // force when the snapshot was taken, as team-service publishes only such delegations.
            Instant expiry = now.plusSeconds(3);
            TeamEventFixture dept = Org.team(department, root).lead(lead)
                    .delegation(lead, users.get(Role.DELEGATE), now.minus(1, ChronoUnit.HOURS),
                            now.plus(2, ChronoUnit.DAYS), "spend")
                    .delegation(lead, users.get(Role.EXPIRED_DELEGATE), now.minus(1, ChronoUnit.HOURS), expiry,
                            "spend")
                    .delegation(lead, users.get(Role.OTHER_CATEGORY_DELEGATE), now.minus(1, ChronoUnit.HOURS),
                            now.plus(2, ChronoUnit.DAYS), "hiring")
                    .delegation(lead, users.get(Role.REVOKED_DELEGATE), now.minus(1, ChronoUnit.HOURS),
                            now.plus(2, ChronoUnit.DAYS), "spend");
            dept.publish();
            dept.withoutDelegation(dept.lastDelegationId()).publish();
            Org.team(team, department).lead(users.get(Role.LEAD)).member(users.get(Role.MEMBER))
                    .publish();
            Org.team(other, root).member(users.get(Role.OTHER_TEAM)).publish();
            Api.setBoundary(department, "spend", Api.boundary(100_000L, "HIGH", "ORGANISATION"));
            Api.setBoundary(team, "spend", Api.boundary(10_000L, "MEDIUM", "TEAM"));
            decision = Api.as(users.get(Role.MEMBER)).body(Api.decision(team, "spend", 500L)).post("/decisions")
                    .then().statusCode(201).extract().path("id");
            escalation = escalate();
            await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(expiry));
        }

        String token(Role role) {
            String user = users.get(role);
            return switch (role) {
                case INTEGRATION -> DevTokens.token(user, "integration");
                case GOVERNANCE -> DevTokens.token(user, "governance");
                case ADMIN -> DevTokens.token(user, "admin");
                case AUDITOR -> DevTokens.token(user, "auditor");
                default -> DevTokens.token(user);
            };
        }

        /** A new escalation: the member decides beyond the team's budget; it goes to the department. */
        String escalate() {
            return Api.as(users.get(Role.MEMBER)).body(Api.decision(team, "spend", 50_000L)).post("/decisions")
                    .then().statusCode(201).extract().path("escalation.id");
        }

        /** A new decision within remit, logged by the member. */
        String logDecision() {
            return Api.as(users.get(Role.MEMBER)).body(Api.decision(team, "spend", 100L)).post("/decisions")
                    .then().statusCode(201).extract().path("id");
        }

        String fresh(String what) {
            return what + "-" + counter.incrementAndGet();
        }
    }

    /** Built by the first cell; if that fails, every cell fails at once with the same cause. */
    private static final BuiltOnce<AccessScenario> SCENARIO = new BuiltOnce<>(AccessScenario::new);

    private static AccessScenario scenario() {
        return SCENARIO.get();
    }

    static final AccessTable TABLE = new AccessTable(role -> scenario().token(role));

    static {
        TABLE.row("GET", "/boundaries/conflicts").anyUser()
                .call((as, role) -> as.get("/boundaries/conflicts"));
        TABLE.row("POST", "/decisions", "for oneself").allow(MEMBER, LEAD, INTEGRATION)
                .call((as, role) -> {
                    Map<String, Object> body = new HashMap<>(Api.decision(scenario().team, "spend", 100L));
                    body.put("source", "authz-drill");
                    body.put("externalRef", scenario().prefix + "-" + scenario().fresh("ref"));
                    if (role == INTEGRATION) {
                        body.put("decidedBy", scenario().users.get(MEMBER));
                    }
                    return as.body(body).post("/decisions");
                });
        TABLE.row("POST", "/decisions", "on behalf of the member").allow(MEMBER, INTEGRATION)
                .call((as, role) -> {
                    Map<String, Object> body = new HashMap<>(Api.decision(scenario().team, "spend", 100L));
                    body.put("decidedBy", scenario().users.get(MEMBER));
                    return as.body(body).post("/decisions");
                });
        TABLE.row("POST", "/decisions", "integration without decidedBy").allow(MEMBER, LEAD)
                .expect(INTEGRATION, 400, "integration must name decidedBy (validation problem, not an authorization "
                        + "refusal)")
                .call((as, role) -> as.body(Api.decision(scenario().team, "spend", 100L)).post("/decisions"));
        TABLE.row("POST", "/decisions", "imported history").allow(INTEGRATION, GOVERNANCE)
                .call((as, role) -> {
                    Map<String, Object> body = new HashMap<>(Api.decision(scenario().team, "spend", 100L));
                    body.put("decidedBy", scenario().users.get(LEAD));
                    body.put("decidedAt", "2025-01-15T10:00:00Z");
                    body.put("imported", true);
                    body.put("status", "IN_EFFECT");
                    return as.body(body).post("/decisions");
                });
        TABLE.row("POST", "/decisions/{id}/withdraw").allow(MEMBER, LEAD, GOVERNANCE)
                .call((as, role) -> as.body(Map.of("reason", "Matrix check"))
                        .post("/decisions/{id}/withdraw", scenario().logDecision()));
        TABLE.row("GET", "/decisions").anyUser()
                .call((as, role) -> as.queryParam("teamId", scenario().team).get("/decisions"));
        TABLE.row("POST", "/decisions/evaluate").anyUser()
                .call((as, role) -> as.body(Api.decision(scenario().team, "spend", 50_000L))
                        .post("/decisions/evaluate"));
        TABLE.row("GET", "/decisions/{id}").anyUser()
                .call((as, role) -> as.get("/decisions/{id}", scenario().decision));
        TABLE.row("GET", "/escalations").anyUser()
                .call((as, role) -> as.queryParam("targetTeamId", scenario().department).get("/escalations"));
        TABLE.row("GET", "/escalations/{id}").anyUser()
                .call((as, role) -> as.get("/escalations/{id}", scenario().escalation));
        TABLE.row("POST", "/escalations/{id}/acknowledge").allow(ANCESTOR_LEAD, GOVERNANCE, DELEGATE)
                .call((as, role) -> as.post("/escalations/{id}/acknowledge", scenario().escalate()));
        TABLE.row("POST", "/escalations/{id}/resolve").allow(ANCESTOR_LEAD, GOVERNANCE, DELEGATE)
                .call((as, role) -> as.body(Map.of("outcome", "REJECTED", "comment", "Matrix check"))
                        .post("/escalations/{id}/resolve", scenario().escalate()));
        TABLE.row("POST", "/escalations/{id}/votes").allow(ANCESTOR_LEAD, GOVERNANCE, DELEGATE)
                .call((as, role) -> as.body(Map.of("outcome", "APPROVED", "comment", "Matrix check"))
                        .post("/escalations/{id}/votes", scenario().escalate()));
        TABLE.row("GET", "/teams/{teamId}/boundaries").anyUser()
                .call((as, role) -> as.get("/teams/{t}/boundaries", scenario().team));
        TABLE.row("PUT", "/teams/{teamId}/boundaries/{category}").allow(GOVERNANCE)
                .call((as, role) -> as.body(Api.boundary(1_000L, "LOW", "TEAM"))
                        .put("/teams/{t}/boundaries/{c}", scenario().team, scenario().fresh("cat")));
        TABLE.row("GET", "/teams/{teamId}/boundaries/{category}/versions").anyUser()
                .call((as, role) -> as.get("/teams/{t}/boundaries/{c}/versions", scenario().team, "spend"));
        TABLE.row("GET", "/teams/{teamId}/decisions/verify").anyUser()
                .call((as, role) -> as.get("/teams/{t}/decisions/verify", scenario().team));
        TABLE.row("GET", "/teams/{teamId}/authority").anyUser()
                .call((as, role) -> as.get("/teams/{t}/authority", scenario().team));
    }

    static Stream<Arguments> cells() {
        return TABLE.cells();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void shouldAnswerEachCallerAsTheTableSays(String key, String roleName) {
        TABLE.assertCell(key, AccessTable.Role.valueOf(roleName));
    }

    @Test
    void shouldCoverEveryOperationOfTheContract() {
        TABLE.assertCoversTheContract();
    }

    @AfterAll
    static void printMatrix() {
        System.out.println("\n=== Authorization matrix: decision-service ===\n" + TABLE.render());
    }
}
