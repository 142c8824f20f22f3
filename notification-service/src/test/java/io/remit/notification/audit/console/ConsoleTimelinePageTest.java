package io.remit.notification.audit.console;

import static io.remit.notification.Fixtures.as;
import static io.remit.notification.Fixtures.root;
import static io.remit.notification.Fixtures.team;
import static io.remit.notification.Fixtures.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.notification.Escalations;
import io.remit.notification.Fixtures;
import io.remit.platform.ids.TimeOrderedIds;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An escalation's timeline page: everything for governance and auditors; for its leads, delegates and recipients
 * without other recipients' delivery details; a 403 page for anyone else and a 404 page for an unknown escalation.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class ConsoleTimelinePageTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Nothing listens there: each webhook call fails and is recorded as an attempt. */
    private static final String WEBHOOK = "http://127.0.0.1:9/remit-hook-";

    /** A department with two leads, a delegate of the first for spend decisions and a webhook. */
    private record Department(String id, String lead, String otherLead, String delegate, String webhook) {
    }

    @Test
    void shouldShowGovernanceTheWholeTimelineWithTheDecisionItsBoundaryAndEveryDeliveryAttempt() {
        Department department = department();
        String escalation = TimeOrderedIds.next();
        String decision = TimeOrderedIds.next();
        String boundary = UUID.randomUUID().toString();
        String skipped = uniqueId("ops");
        publishRecorded(decision, boundary, 3);
        Escalations.publish(Escalations.skipping(Escalations.escalated(escalation, decision, "payments", 1,
                department.id(), Instant.now().plus(Duration.ofHours(1))), skipped, "NOT_COVERED",
                "budget 50000 EUR exceeds 20000 EUR"), decision);
        awaitDeliveryAttempt(escalation);
        ObjectNode vote = Escalations.by(Escalations.voted("escalation-voted-completing.json", escalation, decision,
                "payments", 1, department.id()), department.delegate());
        ((ObjectNode) vote.get("data").get("vote")).put("onBehalfOf", department.lead());
        Escalations.publish(vote, decision);
        Escalations.publish(Escalations.onBehalfOf(Escalations.resolved(escalation, decision, "payments", 1,
                department.id(), "APPROVED", department.delegate()), department.lead()), decision);
        await().atMost(WAIT).untilAsserted(() -> page(uniqueId("gail"), escalation, "governance").then()
                .body(containsString("APPROVED by " + department.delegate() + " on behalf of " + department.lead())));

        String page = page(uniqueId("gail"), escalation, "governance").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(page)
                .contains("<title>Escalation: Switch card processor to Acme Pay · Remit console</title>")
                .contains("<span class=\"badge badge-approved\" id=\"escalation-status\">APPROVED</span>")
                .contains("<dt>Budget</dt><dd>50000 EUR</dd>", "<dt>Risk</dt><dd>HIGH</dd>",
                        "<dt>Scope</dt><dd>CROSS_TEAM</dd>", "<dt>Reversible</dt><dd>no</dd>",
                        "<dt>Decided by</dt><dd>bob</dd>", "<dt>Decided at</dt><dd>2026-11-23 10:00:00 UTC</dd>")
                .contains("<a href=\"/console/decisions/" + decision + "\" id=\"decision-link\">")
                .contains("<li>budget 50000 EUR exceeds 20000 EUR</li>", "<li>risk HIGH exceeds MEDIUM</li>")
                .contains("Refused by boundary <code>" + boundary + "</code>, version 3.")
                .contains("<li class=\"skipped\">" + skipped
                        + ": NOT_COVERED (budget 50000 EUR exceeds 20000 EUR)</li>")
                .contains("<td class=\"recipient\">" + department.webhook() + "</td>")
                .contains("<td class=\"recipient\">" + department.otherLead() + "</td>")
                .contains("<td class=\"recipient\">" + department.delegate() + " on behalf of " + department.lead())
                .contains("<li class=\"attempt\">")
                .containsPattern("<td>" + department.delegate() + "</td>\\s*<td>" + department.lead() + "</td>"
                        + "\\s*<td>APPROVED</td>\\s*<td>delegate of dana in acme through delegation ")
                .contains("<strong>DELIVERY_ATTEMPT</strong> Delivery attempt 1 via WEBHOOK to " + department.webhook())
                .contains("<strong>ROUTED</strong> Level 1 routed to team " + department.id())
                .contains("<strong>VOTED</strong>", "<strong>RESOLVED</strong>")
                .doesNotContain("id=\"limited-view\"");
    }

    @Test
    void shouldShowALeadTheirOwnNoticesButNotOtherRecipientsDeliveryDetails() {
        Department department = department();
        String escalation = escalate(department);
        awaitDeliveryAttempt(escalation);

        String page = page(department.lead(), escalation).then().statusCode(200).extract().asString();
        assertThat(page)
                .contains("id=\"limited-view\"")
                .contains("<td class=\"recipient\">" + department.lead() + "</td>")
                .contains("<td>WEBHOOK</td>")
                .contains("<strong>NOTIFIED</strong> ESCALATED notification via WEBHOOK (team " + department.id())
                .doesNotContain(department.webhook())
                .doesNotContain(department.otherLead())
                .doesNotContain("<li class=\"attempt\">")
                .doesNotContain("DELIVERY_ATTEMPT");
        page(department.delegate(), escalation).then().statusCode(200)
                .body(containsString("<td class=\"recipient\">" + department.delegate() + " on behalf of "
                        + department.lead() + "</td>"))
                .body(containsString("id=\"limited-view\""));
        page(uniqueId("aud"), escalation, "auditor").then().statusCode(200)
                .body(containsString("<td class=\"recipient\">" + department.webhook() + "</td>"));
    }

    @Test
    void shouldRefuseAnyoneTheEscalationDoesNotConcernWithA403Page() {
        Department department = department();
        String escalation = escalate(department);

        page(uniqueId("mia"), escalation).then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("leads, delegates and recipients"))
                .body(containsString("<title>Not allowed"));
    }

    @Test
    void shouldAnswerAnUnknownEscalationWithA404Page() {
        page(uniqueId("gail"), TimeOrderedIds.next(), "governance").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("has been recorded"));
    }

    @Test
    void shouldSayWhenNoBoundaryWasNamed() {
        Department department = department();
        String escalation = escalate(department);

        page(uniqueId("gail"), escalation, "governance").then().statusCode(200)
                .body(containsString("<p id=\"boundary\" class=\"muted\">No boundary named"));
    }

    @Test
    void shouldSendAnonymousVisitorsToSignIn() {
        String escalation = TimeOrderedIds.next();
        Response anonymous = given().redirects().follow(false).get("/console/escalations/{id}", escalation);

        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.header("Location"))
                .endsWith("/console/sign-in?next=%2Fconsole%2Fescalations%2F" + escalation);
    }

    @Test
    void shouldRecordEachViewOfATimeline() {
        Department department = department();
        String escalation = escalate(department);
        page(department.lead(), escalation).then().statusCode(200);

        String views = given().header("Authorization", DevTokens.bearer(uniqueId("gail"), "governance"))
                .get("/console/views").then().statusCode(200).extract().asString();
        assertThat(views).containsPattern("<td>" + department.lead() + "</td><td>[^<]*</td><td><code>"
                + "/console/escalations/" + escalation + "</code></td><td>escalation " + escalation + "</td>");
    }

    private static Department department() {
        String lead = uniqueId("lena");
        String otherLead = uniqueId("olaf");
        String delegate = uniqueId("dev");
        String webhook = WEBHOOK + UUID.randomUUID();
        Instant now = Instant.now();
        String id = team(uniqueId("dept"), root(uniqueId("root")).publish()).lead(lead).lead(otherLead)
                .delegation(lead, delegate, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), "spend")
                .webhook(webhook).publish();
        return new Department(id, lead, otherLead, delegate, webhook);
    }

    private static String escalate(Department department) {
        String escalation = TimeOrderedIds.next();
        String decision = TimeOrderedIds.next();
        Escalations.publish(Escalations.escalated(escalation, decision, "payments", 1, department.id(),
                Instant.now().plus(Duration.ofHours(1))), decision);
        await().atMost(WAIT).untilAsserted(() -> as("gail", "governance").get("/audit/escalations/{id}", escalation)
                .then().statusCode(200));
        return escalation;
    }

    /** decision-service's recorded event of an escalated decision, refused by a boundary version. */
    private static void publishRecorded(String decision, String boundary, int version) {
        ObjectNode event = Fixtures.decisionExample("decision-recorded-escalated.json");
        event.put("id", UUID.randomUUID().toString()).put("subject", decision).put("time", Instant.now().toString());
        ObjectNode data = ((ObjectNode) event.get("data")).put("id", decision).put("teamId", "payments");
        ((ObjectNode) data.get("boundary")).put("id", boundary).put("version", version);
        Escalations.assertValid(event);
        Escalations.publish(event, decision);
    }

    private static void awaitDeliveryAttempt(String escalation) {
        await().atMost(WAIT).untilAsserted(() -> as("gail", "governance").get("/audit/escalations/{id}", escalation)
                .then().statusCode(200)
                .body("escalation.notifications.find { it.channel == 'WEBHOOK' }.deliveryAttempts.size()",
                        greaterThanOrEqualTo(1)));
    }

    private static Response page(String user, String escalation, String... roles) {
        return given().header("Authorization", DevTokens.bearer(user, roles)).get("/console/escalations/{id}",
                escalation);
    }
}
