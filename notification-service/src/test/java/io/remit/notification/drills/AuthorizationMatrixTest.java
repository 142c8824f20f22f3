package io.remit.notification.drills;

import io.remit.platform.testing.drills.*;

import static io.remit.platform.testing.drills.AccessTable.Role.ADMIN;
import static io.remit.platform.testing.drills.AccessTable.Role.ANCESTOR_LEAD;
import static io.remit.platform.testing.drills.AccessTable.Role.AUDITOR;
import static io.remit.platform.testing.drills.AccessTable.Role.DELEGATE;
import static io.remit.platform.testing.drills.AccessTable.Role.EXPIRED_DELEGATE;
import static io.remit.platform.testing.drills.AccessTable.Role.GOVERNANCE;
import static io.remit.platform.testing.drills.AccessTable.Role.INTEGRATION;
import static io.remit.platform.testing.drills.AccessTable.Role.LEAD;
import static io.remit.platform.testing.drills.AccessTable.Role.MEMBER;
import static io.remit.platform.testing.drills.AccessTable.Role.OTHER_CATEGORY_DELEGATE;
import static io.remit.platform.testing.drills.AccessTable.Role.OTHER_TEAM;
import static io.remit.platform.testing.drills.AccessTable.Role.REVOKED_DELEGATE;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.drills.AccessTable.Role;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of notification-service's contract × every kind of caller (DESIGN.md "Reads and roles", README
 * "who"): a user reads their own notifications and governance and auditors read all; only the recipient marks one
 * read, never an auditor; the audit endpoints are for governance and auditors. The escalation goes to the department,
 * so the notification is in the ancestor lead's inbox, and one on their behalf in their active delegate's; the
 * expired, other-category and revoked delegates of that lead have none.
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
            case AUDITOR -> DevTokens.token(o.prefix + "-aude", "auditor");
            case DELEGATE -> DevTokens.token(o.delegate);
            case EXPIRED_DELEGATE -> DevTokens.token(o.expiredDelegate);
            case OTHER_CATEGORY_DELEGATE -> DevTokens.token(o.otherCategoryDelegate);
            case REVOKED_DELEGATE -> DevTokens.token(o.revokedDelegate);
            case ANONYMOUS -> throw new IllegalArgumentException("anonymous has no token");
        };
    }

    static final AccessTable TABLE = new AccessTable(AuthorizationMatrixTest::token);

    private static final String NOT_YOURS = "not the recipient: the notification does not exist for them (the "
            + "contract's 404 'No such inbox notification of yours'), so its existence is not revealed";

    static {
        TABLE.row("GET", "/audit/escalations").allow(GOVERNANCE, AUDITOR)
                .call((as, role) -> as.queryParam("teamId", org().team).get("/audit/escalations"));
        TABLE.row("GET", "/audit/escalations", "CSV").allow(GOVERNANCE, AUDITOR)
                .call((as, role) -> as.accept("text/csv").queryParam("teamId", org().team).get("/audit/escalations"));
        TABLE.row("GET", "/audit/escalations/{id}").allow(GOVERNANCE, AUDITOR)
                .call((as, role) -> as.get("/audit/escalations/{id}", org().escalation));
        TABLE.row("GET", "/notifications", "own inbox").anyUser()
                .call((as, role) -> as.get("/notifications"));
        TABLE.row("GET", "/notifications", "recipient = the ancestor lead").allow(ANCESTOR_LEAD, GOVERNANCE, AUDITOR)
                .call((as, role) -> as.queryParam("recipient", org().departmentLead).get("/notifications"));
        TABLE.row("GET", "/notifications", "recipient = the active delegate").allow(DELEGATE, GOVERNANCE, AUDITOR)
                .call((as, role) -> as.queryParam("recipient", org().delegate).get("/notifications"));
        notYours(TABLE.row("POST", "/notifications/{id}/read").allow(ANCESTOR_LEAD), ANCESTOR_LEAD)
                .call((as, role) -> as.post("/notifications/{id}/read", org().notification));
        notYours(TABLE.row("POST", "/notifications/{id}/read", "the active delegate's").allow(DELEGATE), DELEGATE)
                .call((as, role) -> as.post("/notifications/{id}/read", org().delegateNotification));
    }

    /**
     * Everyone but the recipient, governance and auditors (who see every notification and are refused the write with
     * 403) is answered 404 for someone else's notification.
     */
    private static AccessTable.Row notYours(AccessTable.Row row, Role recipient) {
        for (Role role : List.of(OTHER_TEAM, MEMBER, LEAD, ANCESTOR_LEAD, INTEGRATION, ADMIN, DELEGATE,
                EXPIRED_DELEGATE, OTHER_CATEGORY_DELEGATE, REVOKED_DELEGATE)) {
            if (role != recipient) {
                row.expect(role, 404, NOT_YOURS);
            }
        }
        return row;
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
