package io.remit.team.drills;

import io.remit.platform.testing.drills.*;

import static io.remit.platform.testing.drills.AccessTable.Role.ADMIN;
import static io.remit.platform.testing.drills.AccessTable.Role.AUDITOR;
import static io.remit.platform.testing.drills.AccessTable.Role.GOVERNANCE;
import static io.remit.platform.testing.drills.AccessTable.Role.LEAD;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.team.TeamFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of team-service's contract × every kind of caller, with the status each must get (DESIGN.md "Reads
 * and roles": any authenticated user reads; teams and memberships are written by admin and governance only; the
 * auditor reads everything and changes nothing). Membership grants one right here: a LEAD of the team delegates their
 * own authority and revokes what they delegated. The four delegate columns are delegates of the scenario's LEAD
 * (active for "spend", expired, for "travel" only, revoked): they hold no right to write, so they may not delegate
 * further.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class AuthorizationMatrixTest {

    /** The organisation the matrix runs against: root → department → team, and another team beside them. */
    static final class Org {
        final String prefix = "authz-" + UUID.randomUUID().toString().substring(0, 8);
        final String department = prefix + "-dept";
        final String team = prefix + "-team";
        final String other = prefix + "-other";
        final Map<AccessTable.Role, String> users = Map.ofEntries(
                Map.entry(AccessTable.Role.OTHER_TEAM, prefix + "-olga"),
                Map.entry(AccessTable.Role.MEMBER, prefix + "-mia"),
                Map.entry(AccessTable.Role.LEAD, prefix + "-theo"),
                Map.entry(AccessTable.Role.ANCESTOR_LEAD, prefix + "-dana"),
                Map.entry(AccessTable.Role.INTEGRATION, prefix + "-bot"),
                Map.entry(AccessTable.Role.GOVERNANCE, prefix + "-gus"),
                Map.entry(AccessTable.Role.ADMIN, prefix + "-ada"),
                Map.entry(AccessTable.Role.AUDITOR, prefix + "-aude"),
                Map.entry(AccessTable.Role.DELEGATE, prefix + "-del"),
                Map.entry(AccessTable.Role.EXPIRED_DELEGATE, prefix + "-exp"),
                Map.entry(AccessTable.Role.OTHER_CATEGORY_DELEGATE, prefix + "-cat"),
                Map.entry(AccessTable.Role.REVOKED_DELEGATE, prefix + "-rev"));
        /** The active delegation of the LEAD to the DELEGATE. */
        final String delegation;
        private final AtomicInteger counter = new AtomicInteger();

        Org() {
            String root = TeamFixtures.ensureRoot();
            create(department, root);
            create(team, department);
            create(other, root);
            member(team, users.get(AccessTable.Role.MEMBER), "MEMBER");
            member(team, users.get(AccessTable.Role.LEAD), "LEAD");
            member(department, users.get(AccessTable.Role.ANCESTOR_LEAD), "LEAD");
            member(other, users.get(AccessTable.Role.OTHER_TEAM), "MEMBER");
            Instant now = Instant.now();
            String expiring = delegate(AccessTable.Role.EXPIRED_DELEGATE, now.plusMillis(1500), List.of());
            delegation = delegate(AccessTable.Role.DELEGATE, now.plus(Duration.ofDays(30)), List.of("spend"));
            delegate(AccessTable.Role.OTHER_CATEGORY_DELEGATE, now.plus(Duration.ofDays(30)), List.of("travel"));
            String revoked = delegate(AccessTable.Role.REVOKED_DELEGATE, now.plus(Duration.ofDays(30)), List.of());
            TeamFixtures.asAdmin().post("/teams/{t}/delegations/{d}/revoke", team, revoked).then().statusCode(200);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "EXPIRED".equals(TeamFixtures.asAdmin()
                    .get("/teams/{t}/delegations/{d}", team, expiring).path("status")));
        }

        /** The LEAD's authority in the team lent to the role's user until then. */
        private String delegate(AccessTable.Role role, Instant until, List<String> categories) {
            return TeamFixtures.asUser(users.get(AccessTable.Role.LEAD)).body(Map.of("delegate", users.get(role),
                            "validUntil", until.toString(), "categories", categories, "reason", "Matrix " + role))
                    .post("/teams/{t}/delegations", team).then().statusCode(201).extract().path("id");
        }

        /** The user a role's caller is (anonymous callers borrow the member's). */
        String user(AccessTable.Role role) {
            return users.get(role == AccessTable.Role.ANONYMOUS ? AccessTable.Role.MEMBER : role);
        }

        String token(AccessTable.Role role) {
            String user = users.get(role);
            return switch (role) {
                case INTEGRATION -> DevTokens.token(user, "integration");
                case GOVERNANCE -> DevTokens.token(user, "governance");
                case ADMIN -> DevTokens.token(user, "admin");
                case AUDITOR -> DevTokens.token(user, "auditor");
                default -> DevTokens.token(user);
            };
        }

        String fresh(String what) {
            return prefix + "-" + what + counter.incrementAndGet();
        }

        /** A new leaf team under the team, for calls that change or archive a team. */
        String leaf() {
            String id = fresh("leaf");
            create(id, team);
            return id;
        }

        static void create(String id, String parent) {
            TeamFixtures.asAdmin().body(Map.of("id", id, "name", "Team " + id, "parentId", parent)).post("/teams")
                    .then().statusCode(201);
        }

        static void member(String team, String user, String role) {
            TeamFixtures.asAdmin().body(Map.of("role", role)).put("/teams/{t}/members/{u}", team, user)
                    .then().statusCode(201);
        }
    }

    /** Built by the first cell; if that fails, every cell fails at once with the same cause. */
    private static final BuiltOnce<Org> ORG = new BuiltOnce<>(() -> new Org());

    private static Org org() {
        return ORG.get();
    }

    static final AccessTable TABLE = new AccessTable(role -> org().token(role));

    static {
        TABLE.row("GET", "/teams").anyUser()
                .call((as, role) -> as.queryParam("parentId", org().department).get("/teams"));
        TABLE.row("POST", "/teams").allow(ADMIN, GOVERNANCE)
                .call((as, role) -> as.body(Map.of("id", org().fresh("new"), "name", "New team", "parentId",
                        org().team)).post("/teams"));
        TABLE.row("GET", "/teams/{id}").anyUser()
                .call((as, role) -> as.get("/teams/{id}", org().team));
        TABLE.row("PATCH", "/teams/{id}").allow(ADMIN, GOVERNANCE)
                .call((as, role) -> {
                    String leaf = org().leaf();
                    return as.header("If-Match", TeamFixtures.etagOf(leaf)).contentType("application/merge-patch+json")
                            .body("{\"name\": \"Renamed by " + role.label + "\"}").patch("/teams/{id}", leaf);
                });
        TABLE.row("POST", "/teams/{id}/archive").allow(ADMIN, GOVERNANCE)
                .call((as, role) -> as.post("/teams/{id}/archive", org().leaf()));
        TABLE.row("GET", "/teams/{id}/ancestors").anyUser()
                .call((as, role) -> as.get("/teams/{id}/ancestors", org().team));
        TABLE.row("GET", "/teams/{teamId}/members").anyUser()
                .call((as, role) -> as.get("/teams/{id}/members", org().team));
        TABLE.row("PUT", "/teams/{teamId}/members/{userId}", "new member").allow(ADMIN, GOVERNANCE)
                .call((as, role) -> as.body(Map.of("role", "MEMBER"))
                        .put("/teams/{t}/members/{u}", org().team, org().fresh("user")));
        TABLE.row("PUT", "/teams/{teamId}/members/{userId}", "promote self to lead").allow(ADMIN, GOVERNANCE)
                .call((as, role) -> {
                    String leaf = org().leaf();
                    Org.member(leaf, org().users.get(role == AccessTable.Role.ANONYMOUS ? AccessTable.Role.MEMBER
                            : role), "MEMBER");
                    return as.body(Map.of("role", "LEAD")).put("/teams/{t}/members/{u}", leaf,
                            org().users.get(role == AccessTable.Role.ANONYMOUS ? AccessTable.Role.MEMBER : role));
                });
        TABLE.row("DELETE", "/teams/{teamId}/members/{userId}").allow(ADMIN, GOVERNANCE)
                .call((as, role) -> {
                    String leaf = org().leaf();
                    String user = org().fresh("leaver");
                    Org.member(leaf, user, "MEMBER");
                    return as.delete("/teams/{t}/members/{u}", leaf, user);
                });
        TABLE.row("GET", "/users/{userId}/teams").anyUser()
                .call((as, role) -> as.get("/users/{u}/teams", org().users.get(AccessTable.Role.LEAD)));
        TABLE.row("POST", "/teams/{id}/delegations", "for the team's lead").allow(LEAD, ADMIN, GOVERNANCE)
                .call((as, role) -> as.body(Map.of("delegator", org().users.get(LEAD), "delegate",
                        org().fresh("deputy"), "validUntil", inDays(3), "reason", "Leave"))
                        .post("/teams/{id}/delegations", org().team));
        TABLE.row("POST", "/teams/{id}/delegations", "own authority").allow(LEAD)
                .expect(ADMIN, 422, "admin names the lead whose authority is lent")
                .expect(GOVERNANCE, 422, "governance names the lead whose authority is lent")
                .call((as, role) -> as.body(Map.of("delegate", org().fresh("deputy"), "validUntil", inDays(3),
                        "reason", "Leave")).post("/teams/{id}/delegations", org().team));
        TABLE.row("GET", "/teams/{id}/delegations").anyUser()
                .call((as, role) -> as.get("/teams/{id}/delegations", org().team));
        TABLE.row("GET", "/teams/{id}/delegations/{delegationId}").anyUser()
                .call((as, role) -> as.get("/teams/{id}/delegations/{d}", org().team, org().delegation));
        TABLE.row("POST", "/teams/{id}/delegations/{delegationId}/revoke", "the lead's").allow(LEAD, ADMIN, GOVERNANCE)
                .call((as, role) -> {
                    String id = TeamFixtures.asAdmin().body(Map.of("delegator", org().users.get(LEAD), "delegate",
                                    org().fresh("deputy"), "validUntil", inDays(3), "reason", "To revoke"))
                            .post("/teams/{id}/delegations", org().team).then().statusCode(201).extract().path("id");
                    return as.body(Map.of("reason", "Revoked by " + role.label))
                            .post("/teams/{id}/delegations/{d}/revoke", org().team, id);
                });
        TABLE.row("POST", "/teams/{id}/delegations/{delegationId}/revoke", "renounced by its delegate").anyUser()
                .expect(AUDITOR, 403, "the auditor role changes nothing, not even a delegation it received")
                .call((as, role) -> {
                    String leaf = org().leaf();
                    String lead = org().fresh("lead");
                    Org.member(leaf, lead, "LEAD");
                    String id = TeamFixtures.asAdmin().body(Map.of("delegator", lead, "delegate", org().user(role),
                                    "validUntil", inDays(3), "reason", "To renounce"))
                            .post("/teams/{id}/delegations", leaf).then().statusCode(201).extract().path("id");
                    return as.post("/teams/{id}/delegations/{d}/revoke", leaf, id);
                });
        TABLE.row("GET", "/users/{userId}/delegations").anyUser()
                .call((as, role) -> as.get("/users/{u}/delegations", org().users.get(AccessTable.Role.DELEGATE)));
    }

    private static String inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days)).toString();
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
        System.out.println("\n=== Authorization matrix: team-service ===\n" + TABLE.render());
    }
}
