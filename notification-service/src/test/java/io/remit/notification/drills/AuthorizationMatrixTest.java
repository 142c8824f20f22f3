package io.remit.notification.drills;

import io.remit.platform.testing.drills.*;

import static io.remit.platform.testing.drills.AccessTable.Role.ADMIN;
import static io.remit.platform.testing.drills.AccessTable.Role.ANCESTOR_LEAD;
import static io.remit.platform.testing.drills.AccessTable.Role.GOVERNANCE;
import static io.remit.platform.testing.drills.AccessTable.Role.INTEGRATION;
import static io.remit.platform.testing.drills.AccessTable.Role.LEAD;
import static io.remit.platform.testing.drills.AccessTable.Role.MEMBER;
import static io.remit.platform.testing.drills.AccessTable.Role.OTHER_TEAM;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.drills.AccessTable.Role;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of notification-service's contract × every kind of caller (DESIGN.md "Reads and roles", README
 * "who"): a user reads their own notifications and governance reads all; only the recipient marks one read; the
 * audit endpoints are for governance only. The escalation goes to the department, so the notification is in the
 * ancestor lead's inbox.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class AuthorizationMatrixTest {

    /** Built by the first cell; if that fails, every cell fails at once with the same cause. */
    private static final BuiltOnce<OrgFixture> ORG = new BuiltOnce<>(
            () -> new OrgFixture("authz-" + UUID.randomUUID().toString().substring(0, 8)));

    private static OrgFixture org() {
        return ORG.get();
    }

    private static String token(Role role) {
        OrgFixture o = org();
        return switch (role) {
            case OTHER_TEAM -> DevTokens.token(o.otherMember);
            case MEMBER -> DevTokens.token(o.member);
            case LEAD -> DevTokens.token(o.lead);
            case ANCESTOR_LEAD -> DevTokens.token(o.departmentLead);
            case INTEGRATION -> DevTokens.token(o.prefix + "-bot", "integration");
            case GOVERNANCE -> DevTokens.token(o.prefix + "-gus", "governance");
            case ADMIN -> DevTokens.token(o.prefix + "-ada", "admin");
            case ANONYMOUS -> throw new IllegalArgumentException("anonymous has no token");
        };
    }

    static final AccessTable TABLE = new AccessTable(AuthorizationMatrixTest::token);

    private static final String NOT_YOURS = "not the recipient: the notification does not exist for them (the "
            + "contract's 404 'No such inbox notification of yours'), so its existence is not revealed";

    static {
        TABLE.row("GET", "/audit/escalations").allow(GOVERNANCE)
                .call((as, role) -> as.queryParam("teamId", org().team).get("/audit/escalations"));
        TABLE.row("GET", "/audit/escalations", "CSV").allow(GOVERNANCE)
                .call((as, role) -> as.accept("text/csv").queryParam("teamId", org().team).get("/audit/escalations"));
        TABLE.row("GET", "/audit/escalations/{id}").allow(GOVERNANCE)
                .call((as, role) -> as.get("/audit/escalations/{id}", org().escalation));
        TABLE.row("GET", "/notifications", "own inbox").anyUser()
                .call((as, role) -> as.get("/notifications"));
        TABLE.row("GET", "/notifications", "recipient = the ancestor lead").allow(ANCESTOR_LEAD, GOVERNANCE)
                .call((as, role) -> as.queryParam("recipient", org().departmentLead).get("/notifications"));
        TABLE.row("POST", "/notifications/{id}/read").allow(ANCESTOR_LEAD)
                .expect(OTHER_TEAM, 404, NOT_YOURS).expect(MEMBER, 404, NOT_YOURS).expect(LEAD, 404, NOT_YOURS)
                .expect(INTEGRATION, 404, NOT_YOURS).expect(ADMIN, 404, NOT_YOURS)
                .call((as, role) -> as.post("/notifications/{id}/read", org().notification));
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
        System.out.println("\n=== Authorization matrix: notification-service ===\n" + TABLE.render());
    }
}
