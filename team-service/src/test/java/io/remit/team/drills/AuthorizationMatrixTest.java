package io.remit.team.drills;

import io.remit.platform.testing.drills.*;

import static io.remit.platform.testing.drills.AccessTable.Role.ADMIN;
import static io.remit.platform.testing.drills.AccessTable.Role.GOVERNANCE;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.team.TeamFixtures;
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
 * Every endpoint of team-service's contract × every kind of caller, with the status each must get (DESIGN.md "Reads
 * and roles": any authenticated user reads; teams and memberships are written by admin and governance only). In
 * team-service membership grants nothing, so members and leads are plain users here.
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
        final Map<AccessTable.Role, String> users = Map.of(
                AccessTable.Role.OTHER_TEAM, prefix + "-olga",
                AccessTable.Role.MEMBER, prefix + "-mia",
                AccessTable.Role.LEAD, prefix + "-theo",
                AccessTable.Role.ANCESTOR_LEAD, prefix + "-dana",
                AccessTable.Role.INTEGRATION, prefix + "-bot",
                AccessTable.Role.GOVERNANCE, prefix + "-gus",
                AccessTable.Role.ADMIN, prefix + "-ada");
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
        }

        String token(AccessTable.Role role) {
            String user = users.get(role);
            return switch (role) {
                case INTEGRATION -> DevTokens.token(user, "integration");
                case GOVERNANCE -> DevTokens.token(user, "governance");
                case ADMIN -> DevTokens.token(user, "admin");
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
