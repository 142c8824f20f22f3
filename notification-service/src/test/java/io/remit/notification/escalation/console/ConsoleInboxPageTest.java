package io.remit.notification.escalation.console;

import static io.remit.notification.Fixtures.as;
import static io.remit.notification.Fixtures.root;
import static io.remit.notification.Fixtures.team;
import static io.remit.notification.Fixtures.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.notification.Escalations;
import io.remit.platform.ids.TimeOrderedIds;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console's home and inbox: a user's open escalations, as a lead, a delegate or a recipient of their current level,
 * overdue first, with counts, fed with teams and escalations through the real broker.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class ConsoleInboxPageTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern ROW = Pattern.compile("<tr class=\"escalation\" data-id=\"([^\"]+)\">");

    @Test
    void shouldListALeadsOpenEscalationsOverdueFirstThenByDeadlineWithCounts() {
        String lead = uniqueId("lena");
        String department = team(uniqueId("dept"), root(uniqueId("root")).publish()).lead(lead).publish();
        String later = escalate(department, Instant.now().plus(Duration.ofHours(3)), "spend").id();
        String overdue = escalate(department, Instant.now().minus(Duration.ofMinutes(5)), "spend").id();
        String soon = escalate(department, Instant.now().plus(Duration.ofHours(1)), "spend").id();
        Escalated acknowledged = escalate(department, Instant.now().plus(Duration.ofMinutes(10)), "spend");
        Escalated resolved = escalate(department, Instant.now().plus(Duration.ofMinutes(20)), "spend");
        Escalations.publish(Escalations.acknowledged(acknowledged.id(), acknowledged.decisionId(), "payments", 1,
                department, lead, Instant.now().plus(Duration.ofHours(2))), acknowledged.decisionId());
        Escalations.publish(Escalations.resolved(resolved.id(), resolved.decisionId(), "payments", 1, department,
                "APPROVED", "gail"), resolved.decisionId());

        await().atMost(WAIT).untilAsserted(() -> assertThat(rows(page(lead, "/console/inbox")))
                .containsExactly(overdue, soon, acknowledged.id(), later));
        String inbox = page(lead, "/console/inbox").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(inbox).contains(figure(4, "open"), figure(1, "overdue"), figure(1, "acknowledged"))
                .contains("<a href=\"/console/escalations/" + overdue + "\">Switch card processor to Acme Pay</a>")
                .contains("<span class=\"role\">lead of " + department + "</span>")
                .contains("<span class=\"badge badge-overdue\">overdue</span>")
                .contains("<span class=\"badge badge-acknowledged\">ACKNOWLEDGED</span>")
                .doesNotContain(resolved.id());
    }

    @Test
    void shouldShowADelegateTheEscalationsTheirDelegationCoversOnBehalfOfTheLead() {
        String lead = uniqueId("erin");
        String delegate = uniqueId("dev");
        Instant now = Instant.now();
        String department = team(uniqueId("dept"), root(uniqueId("root")).publish()).lead(lead)
                .delegation(lead, delegate, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), "spend")
                .publish();
        String covered = escalate(department, now.plus(Duration.ofHours(1)), "spend").id();
        String otherCategory = escalate(department, now.plus(Duration.ofHours(1)), "hiring").id();

        await().atMost(WAIT).untilAsserted(() -> assertThat(rows(page(delegate, "/console/inbox")))
                .containsExactly(covered));
        page(delegate, "/console/inbox").then()
                .body(containsString("<span class=\"role\">delegate of " + lead + " in " + department + "</span>"))
                .body(not(containsString(otherCategory)));
        assertThat(rows(page(lead, "/console/inbox"))).containsExactlyInAnyOrder(covered, otherCategory);
    }

    @Test
    void shouldShowAFallbackRecipientTheEscalationTheirTeamWasToldOfInsteadOfItsTarget() {
        String rootLead = uniqueId("rory");
        String root = root(uniqueId("root")).lead(rootLead).publish();
        String silent = team(uniqueId("silent"), root).publish();
        String escalation = escalate(silent, Instant.now().plus(Duration.ofHours(1)), "spend").id();

        await().atMost(WAIT).untilAsserted(() -> assertThat(rows(page(rootLead, "/console/inbox")))
                .containsExactly(escalation));
        page(rootLead, "/console/inbox").then()
                .body(containsString("<span class=\"role\">lead of " + root + " (fallback for " + silent + ")</span>"));
    }

    @Test
    void shouldTellSomeoneWhomNothingWaitsFor() {
        page(uniqueId("nobody"), "/console/inbox").then().statusCode(200)
                .body(containsString(figure(0, "open")))
                .body(containsString("Nothing waits for you."));
    }

    @Test
    void shouldGreetTheViewerWithTheirInboxCountsAndShowAuditLinksToGovernanceOnly() {
        String lead = uniqueId("lena");
        String department = team(uniqueId("dept"), root(uniqueId("root")).publish()).lead(lead).publish();
        String escalation = escalate(department, Instant.now().minus(Duration.ofMinutes(1)), "spend").id();
        await().atMost(WAIT).untilAsserted(() -> assertThat(rows(page(lead, "/console/inbox")))
                .containsExactly(escalation));

        page(lead, "/console").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Welcome, <strong>" + lead + "</strong>"))
                .body(containsString("no global role"))
                .body(containsString(figure(1, "open")))
                .body(containsString(figure(1, "overdue")))
                .body(containsString("<a href=\"/console/inbox\">Open your inbox</a>"))
                .body(not(containsString("href=\"/console/escalations\">Escalations</a>:")))
                .body(not(containsString("/console/decisions/views")));
        String governance = page(uniqueId("gail"), "/console", "governance").then().statusCode(200)
                .extract().asString();
        assertThat(governance).contains("the global roles <strong>governance</strong>")
                .contains("<a href=\"/console/escalations\">Escalations</a>:")
                .contains("/console/teams\">Organisation</a>:")
                .contains("<a href=\"/console/views\">")
                .contains("/console/decisions/views\">")
                .contains("/console/teams/-/views\">");
        page(uniqueId("aud"), "/console", "auditor").then().statusCode(200)
                .body(containsString("/console/decisions/views\">"));
    }

    @Test
    void shouldAnswerBadInputWithA400Page() {
        page(uniqueId("lena"), "/console/inbox?tz=Mars/Olympus").then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("Unknown time zone"));
    }

    @Test
    void shouldSendAnonymousVisitorsToSignIn() {
        for (String path : List.of("/console", "/console/inbox")) {
            Response anonymous = given().redirects().follow(false).get(path);
            assertThat(anonymous.statusCode()).isEqualTo(303);
            assertThat(anonymous.header("Location"))
                    .endsWith("/console/sign-in?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
        }
    }

    @Test
    void shouldRecordEachViewOfTheHomeAndTheInbox() {
        String viewer = uniqueId("vera");
        page(viewer, "/console/inbox").then().statusCode(200);
        page(viewer, "/console").then().statusCode(200);

        String views = page(uniqueId("gail"), "/console/views", "governance").then().statusCode(200)
                .extract().asString();
        assertThat(views).containsPattern("<td>" + viewer + "</td><td>[^<]*</td><td><code>/console/inbox</code></td>"
                + "<td>inbox</td>");
        assertThat(views).containsPattern("<td>" + viewer + "</td><td>[^<]*</td><td><code>/console</code></td>"
                + "<td>home</td>");
    }

    private static Response page(String user, String path, String... roles) {
        return given().header("Authorization", DevTokens.bearer(user, roles)).get(path);
    }

    /** The escalation ids of the inbox's rows, in the order shown. */
    private static List<String> rows(Response inbox) {
        Matcher rows = ROW.matcher(inbox.then().statusCode(200).extract().asString());
        return rows.results().map(row -> row.group(1)).toList();
    }

    private static String figure(long value, String label) {
        return "<span class=\"value\">" + value + "</span> <span class=\"label\">" + label + "</span>";
    }

    /** An escalation this test published, of a decision of "payments". */
    private record Escalated(String id, String decisionId) {
    }

    /** Publishes a new escalation of a decision of "payments" in a category to the target, and waits for its record. */
    private static Escalated escalate(String target, Instant dueAt, String category) {
        String id = TimeOrderedIds.next();
        String decisionId = TimeOrderedIds.next();
        ObjectNode event = Escalations.inCategory(Escalations.escalated(id, decisionId, "payments", 1, target, dueAt),
                category);
        Escalations.publish(event, decisionId);
        await().atMost(WAIT).untilAsserted(() -> as("gail", "governance").get("/audit/escalations/{id}", id).then()
                .statusCode(200));
        return new Escalated(id, decisionId);
    }
}
