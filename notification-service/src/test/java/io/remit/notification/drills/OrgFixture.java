package io.remit.notification.drills;

import io.remit.platform.testing.drills.*;

import static org.awaitility.Awaitility.await;

import io.remit.notification.Escalations;
import io.remit.notification.Fixtures;
import io.remit.platform.testing.TeamEventFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The organisation both notification drills use, fed through the real broker in the producers' formats:
 * root → department (led by {@code departmentLead}) → team (lead, member), and another team under the root; the
 * department lead has lent their authority to four delegates: one active now for the escalation's category
 * ({@code spend}), one whose delegation expired, one active for another category only, and one whose delegation was
 * revoked (absent from the department's latest snapshot). Then one escalation of a team decision, routed to the
 * department, which puts a notification in the department lead's inbox and one in the active delegate's.
 */
final class OrgFixture {

    final String prefix;
    final String root;
    final String department;
    final String team;
    final String other;
    final String departmentLead;
    final String lead;
    final String member;
    final String otherMember;
    final String delegate;
    final String expiredDelegate;
    final String otherCategoryDelegate;
    final String revokedDelegate;
    final String escalation = UUID.randomUUID().toString();
    final String decision = UUID.randomUUID().toString();
    final String notification;
    final String delegateNotification;

    OrgFixture(String prefix) {
        this.prefix = prefix;
        root = Fixtures.root(prefix + "-root").lead(prefix + "-rory").publish();
        departmentLead = prefix + "-dana";
        lead = prefix + "-theo";
        member = prefix + "-mia";
        otherMember = prefix + "-olga";
        delegate = prefix + "-dev";
        expiredDelegate = prefix + "-eve";
        otherCategoryDelegate = prefix + "-oscar";
        revokedDelegate = prefix + "-rita";
        Instant now = Instant.now();
        TeamEventFixture departmentEvents = Fixtures.team(prefix + "-dept", root).lead(departmentLead)
                .delegation(departmentLead, delegate, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)),
                        "spend")
                .delegation(departmentLead, expiredDelegate, now.minus(Duration.ofDays(2)),
                        now.minus(Duration.ofDays(1)))
                .delegation(departmentLead, otherCategoryDelegate, now.minus(Duration.ofHours(1)),
                        now.plus(Duration.ofDays(1)), "hiring")
                .delegation(departmentLead, revokedDelegate, now.minus(Duration.ofHours(1)),
                        now.plus(Duration.ofDays(1)), "spend");
        departmentEvents.publish();
        department = departmentEvents.withoutDelegation(departmentEvents.lastDelegationId()).publish();
        team = Fixtures.team(prefix + "-team", department).lead(lead).member(member).publish();
        other = Fixtures.team(prefix + "-other", root).member(otherMember).publish();
        Escalations.publish(Escalations.escalated(escalation, decision, team, 1, department,
                Instant.now().plus(Duration.ofHours(2))), decision);
        notification = await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.as(departmentLead)
                .get("/notifications").then().statusCode(200).extract().<String>path("items[0].id"),
                id -> id != null);
        delegateNotification = await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.as(delegate)
                .get("/notifications").then().statusCode(200).extract().<String>path("items[0].id"),
                id -> id != null);
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.as("auditor", "governance")
                .get("/audit/escalations/{id}", escalation).statusCode() == 200);
    }
}
