package io.remit.notification.drills;

import io.remit.platform.testing.drills.*;

import static org.awaitility.Awaitility.await;

import io.remit.notification.Escalations;
import io.remit.notification.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The organisation both notification drills use, fed through the real broker in the producers' formats:
 * root → department (led by {@code departmentLead}) → team (lead, member), and another team under the root; then one
 * escalation of a team decision, routed to the department, which puts a notification in the department lead's inbox.
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
    final String escalation = UUID.randomUUID().toString();
    final String decision = UUID.randomUUID().toString();
    final String notification;

    OrgFixture(String prefix) {
        this.prefix = prefix;
        root = Fixtures.root(prefix + "-root").lead(prefix + "-rory").publish();
        departmentLead = prefix + "-dana";
        lead = prefix + "-theo";
        member = prefix + "-mia";
        otherMember = prefix + "-olga";
        department = Fixtures.team(prefix + "-dept", root).lead(departmentLead).publish();
        team = Fixtures.team(prefix + "-team", department).lead(lead).member(member).publish();
        other = Fixtures.team(prefix + "-other", root).member(otherMember).publish();
        Escalations.publish(Escalations.escalated(escalation, decision, team, 1, department,
                Instant.now().plus(Duration.ofHours(2))), decision);
        notification = await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.as(departmentLead)
                .get("/notifications").then().statusCode(200).extract().<String>path("items[0].id"),
                id -> id != null);
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.as("auditor", "governance")
                .get("/audit/escalations/{id}", escalation).statusCode() == 200);
    }
}
