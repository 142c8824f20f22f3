package io.remit.decision;

import static io.remit.decision.Api.as;
import static io.remit.decision.Api.boundary;
import static io.remit.decision.Api.decision;
import static io.remit.decision.Api.setBoundary;
import static io.remit.decision.EscalationVotesTest.rule;
import static io.remit.decision.EscalationVotesTest.withApprovals;
import static io.remit.decision.Org.root;
import static io.remit.decision.Org.team;
import static io.remit.decision.Org.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.TeamEventFixture;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A decision's console page (DESIGN, Faces): its record, verdict, status and how it came to it, lifecycle links and
 * escalation with votes and routes, read-only, for anyone signed in; every view is recorded.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class ConsoleDecisionPageTest {

    @Test
    void shouldShowTheRecordOfADecisionWithinRemitToAnyoneSignedIn() {
        String member = uniqueId("mia");
        String root = root(uniqueId("root")).publish();
        String team = team(uniqueId("team"), root).member(member).publish();
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));
        Map<String, Object> body = new HashMap<>(decision(team, "spend", 2_500L));
        body.put("title", "Buy <b>two</b> licences");
        body.put("rationale", "Cheaper than one & a half");
        body.put("source", "jira");
        body.put("externalRef", uniqueId("OPS"));
        var created = as(member).body(body).post("/decisions").then().statusCode(201).extract();
        String id = created.path("id");

        String page = page("/console/decisions/" + id, uniqueId("reader")).statusCode(200)
                .contentType(containsString("text/html")).extract().asString();

        assertThat(page).contains("Buy &lt;b&gt;two&lt;/b&gt; licences", "Cheaper than one &amp; a half", "spend",
                "2500 EUR", "low", "jira", body.get("externalRef").toString(), member, created.path("hash"),
                "in effect", "within remit", "version 1", created.path("boundary.id"))
                .doesNotContain("<b>two</b>");
        assertThat(page).contains("/console/teams/" + team + "\"", "href=\"/console/logs/" + team + "\"");
        assertThat(page).contains("it was within the team's remit");
        assertThat(statusHistory(page)).contains("in effect").contains("by the decision at place 1 of the log");
    }

    @Test
    void shouldShowAnEscalationsVotesRoutesAndTimeline() {
        String lena = uniqueId("lena");
        String fay = uniqueId("fay");
        String deputy = uniqueId("deputy");
        String member = uniqueId("mia");
        String root = root(uniqueId("root")).lead(uniqueId("rory")).publish();
        TeamEventFixture department = team(uniqueId("dept"), root).lead(lena).lead(fay)
                .delegation(fay, deputy, Instant.now().minus(1, ChronoUnit.HOURS),
                        Instant.now().plus(1, ChronoUnit.DAYS));
        department.publish();
        String unit = team(uniqueId("unit"), department.id()).publish();
        String team = team(uniqueId("team"), unit).member(member).publish();
        setBoundary(department.id(), "spend", withApprovals(boundary(100_000L, "HIGH", "ORGANISATION"),
                rule(40_000L, 2)));
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));
        var created = as(member).body(decision(team, "spend", 50_000L)).post("/decisions").then().statusCode(201)
                .extract();
        String id = created.path("id");
        String escalation = created.path("escalation.id");
        as(lena).body(Map.of("outcome", "APPROVED", "comment", "Fine by me"))
                .post("/escalations/{id}/votes", escalation).then().statusCode(200);

        String pending = page("/console/decisions/" + id, uniqueId("reader")).statusCode(200).extract().asString();

        assertThat(pending).contains("pending", "escalated", "budget 50000 EUR exceeds 10000 EUR");
        String section = escalationSection(pending);
        assertThat(section).contains("/console/escalations/" + escalation + "\"", "acknowledged",
                "/console/teams/" + department.id() + "\"")
                .containsPattern("Approvals required</dt><dd>2<");
        assertThat(votes(section)).contains(lena, "approved", "Fine by me", "lead of " + department.id(), "cast here");
        assertThat(routes(section)).contains(unit, "no boundary");

        as(deputy).body(Map.of("outcome", "APPROVED", "comment", "For fay, agreed"))
                .post("/escalations/{id}/votes", escalation).then().statusCode(200);

        String approved = page("/console/decisions/" + id, uniqueId("reader")).statusCode(200).extract().asString();
        assertThat(votes(escalationSection(approved))).contains(deputy, fay, "For fay, agreed");
        assertThat(statusHistory(approved)).containsSubsequence("pending", "in effect")
                .contains("by the escalation resolved", "by " + deputy + " on behalf of " + fay);
    }

    @Test
    void shouldLinkASupersededDecisionAndItsSuccessorBothWays() {
        String member = uniqueId("mia");
        String root = root(uniqueId("root")).publish();
        String team = team(uniqueId("team"), root).member(member).publish();
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));
        String earlier = as(member).body(decision(team, "spend", 100L)).post("/decisions").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> replacing = new HashMap<>(decision(team, "spend", 200L));
        replacing.put("supersedes", earlier);
        String later = as(member).body(replacing).post("/decisions").then().statusCode(201).extract().path("id");
        as(member).body(Map.of("reason", "Changed course")).post("/decisions/{id}/withdraw", later).then()
                .statusCode(200);

        String earlierPage = page("/console/decisions/" + earlier, member).statusCode(200).extract().asString();
        assertThat(earlierPage).contains("Superseded by</dt><dd><a href=\"/console/decisions/" + later + "\"");
        assertThat(statusHistory(earlierPage)).containsSubsequence("in effect", "superseded")
                .contains("of <a href=\"/console/decisions/" + later + "\">decision " + later + "</a>");

        String laterPage = page("/console/decisions/" + later, member).statusCode(200).extract().asString();
        assertThat(laterPage).contains("Supersedes</dt><dd><a href=\"/console/decisions/" + earlier + "\"");
        assertThat(statusHistory(laterPage)).containsSubsequence("in effect", "withdrawn")
                .contains("by the decision withdrawn", "Changed course");
    }

    @Test
    void shouldSendAnonymousVisitorsToSignIn() {
        given().redirects().follow(false).get("/console/decisions/{id}", "any")
                .then().statusCode(303).header("Location", containsString("/console/sign-in"));
    }

    @Test
    void shouldAnswerAnUnknownOrMalformedIdWithA404Page() {
        page("/console/decisions/0190b0b0-0000-7000-8000-000000000000", uniqueId("reader")).statusCode(404)
                .contentType(containsString("text/html")).body(containsString("Decision not found"));
        page("/console/decisions/not a decision", uniqueId("reader")).statusCode(404)
                .contentType(containsString("text/html"));
    }

    @Test
    void shouldRecordEachViewForGovernanceAndAuditorsOnly() {
        String member = uniqueId("mia");
        String root = root(uniqueId("root")).publish();
        String team = team(uniqueId("team"), root).member(member).publish();
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));
        String id = as(member).body(decision(team, "spend", 100L)).post("/decisions").then().statusCode(201)
                .extract().path("id");
        String reader = uniqueId("reader");
        page("/console/decisions/" + id, reader).statusCode(200);

        page("/console/decisions/views", member).statusCode(403).contentType(containsString("text/html"));
        String views = page("/console/decisions/views", uniqueId("aud"), "auditor").statusCode(200).extract()
                .asString();
        assertThat(views).contains(reader, "decision " + id, "/console/decisions/" + id);
    }

    static ValidatableResponse page(String path, String user, String... roles) {
        return given().redirects().follow(false).header("Authorization", DevTokens.bearer(user, roles))
                .get(path).then();
    }

    private static String statusHistory(String page) {
        return between(page, "<h2 id=\"status\">", "</section>");
    }

    private static String escalationSection(String page) {
        return between(page, "<h2 id=\"escalation\">", "</section>");
    }

    private static String votes(String section) {
        return between(section, "<caption>Votes", "</table>");
    }

    private static String routes(String section) {
        return between(section, "<caption>Routes", "</table>");
    }

    static String between(String text, String start, String end) {
        var matcher = Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL)
                .matcher(text);
        assertThat(matcher.find()).as("%s … %s in the page", start, end).isTrue();
        return matcher.group(1);
    }
}
