package io.remit.team;

import static io.remit.team.TeamFixtures.addMember;
import static io.remit.team.TeamFixtures.asAdmin;
import static io.remit.team.TeamFixtures.asUser;
import static io.remit.team.TeamFixtures.ensureRoot;
import static io.remit.team.TeamFixtures.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The organisation on the console: the tree, one team's page, who may read which reasons, and the views log. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class ConsoleTeamsPageTest {

    private static final String REASON = "Covering the quarter-end close";

    private String parent;
    private String child;
    private String lead;
    private String member;
    private String deputy;

    @BeforeEach
    void organisation() {
        ensureRoot();
        parent = team(uniqueId("finance"), "Finance " + uniqueId("n"), TeamFixtures.ROOT,
                Map.of("email", "finance-leads@example.org", "webhookUrl", "http://127.0.0.1:9/finance"));
        child = team(uniqueId("payments"), "Payments <i>" + uniqueId("n") + "</i>", parent, Map.of());
        lead = uniqueId("lena");
        member = uniqueId("mia");
        deputy = uniqueId("dev");
        addMember(parent, member, "MEMBER");
        addMember(parent, lead, "LEAD");
    }

    @Test
    void shouldDrawTheTreeWithEachTeamsStatusLeadsAndSla() {
        String html = page(asUser(member), "/console/teams");

        String branch = branchOf(html, parent);
        assertThat(branch).contains("badge-active", "ACTIVE", lead, "SLA 1 d");
        assertThat(branchOf(branch, child)).contains("<a href=\"/console/teams/" + child + "\">");
        assertThat(branchOf(html, TeamFixtures.ROOT)).contains("href=\"/console/teams/" + parent + "\"");
        assertThat(html).contains("<label for=\"archived\">");
    }

    @Test
    void shouldShowArchivedTeamsMutedAndHideThemOnRequest() {
        asAdmin().post("/teams/{id}/archive", child).then().statusCode(200);

        assertThat(branchOf(page(asUser(member), "/console/teams"), child))
                .startsWith("<li class=\"muted\">").contains("ARCHIVED");
        String hidden = page(asUser(member), "/console/teams?archived=false");
        assertThat(hidden).contains("href=\"/console/teams/" + parent + "\"")
                .doesNotContain("href=\"/console/teams/" + child + "\"");
    }

    @Test
    void shouldShowATeamWithItsParentChildrenContactsMembersAndLinks() {
        String html = page(asUser(member), "/console/teams/" + parent);

        assertThat(html).contains("<code>" + parent + "</code>", "href=\"/console/teams/root\"",
                "href=\"/console/teams/" + child + "\"", "1 d", "PT24H", "finance-leads@example.org",
                "http://127.0.0.1:9/finance",
                "/console/logs/" + parent + "\"",
                "/console/escalations?team=" + parent + "&amp;subtree=true\"");
        assertThat(html).as("names are escaped").contains("Payments &lt;i&gt;").doesNotContain("Payments <i>");
        assertThat(html.indexOf("<td>" + lead + "</td>")).as("leads first")
                .isPositive().isLessThan(html.indexOf("<td>" + member + "</td>"));
    }

    @Test
    void shouldListDelegationsInForceAndScheduledWithTheReasonOnlyForThoseAllowed() {
        delegate(null, days(5), List.of("spend", "vendor"));
        delegate(days(10), days(20), List.of());

        String asMember = page(asUser(member), "/console/teams/" + parent);
        assertThat(asMember).contains("<td>" + deputy + "</td>", "spend, vendor", "<td>all</td>",
                "badge-active", "ACTIVE", "badge-scheduled", "SCHEDULED").doesNotContain(REASON);
        for (RequestSpecification reader : List.of(asUser(lead), asUser(deputy),
                given().auth().oauth2(DevTokens.token("gus-governance", "governance")),
                given().auth().oauth2(DevTokens.token("aude-auditor", "auditor")))) {
            assertThat(page(reader, "/console/teams/" + parent)).contains(REASON);
        }
        assertThat(page(asAdmin(), "/console/teams/" + parent)).doesNotContain(REASON);
    }

    @Test
    void shouldSendAnAnonymousVisitorToSignIn() {
        given().redirects().follow(false).get("/console/teams/" + parent)
                .then().statusCode(303).header("Location", containsString("/console/sign-in"));
        given().redirects().follow(false).get("/console/teams")
                .then().statusCode(303).header("Location", containsString("/console/sign-in"));
    }

    @Test
    void shouldAnswerAnUnknownTeamWithA404Page() {
        asUser(member).get("/console/teams/{id}", uniqueId("nowhere"))
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Team not found"));
    }

    @Test
    void shouldAnswerABadArchivedFlagWithA400Page() {
        asUser(member).get("/console/teams?archived=maybe")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("archived"));
    }

    @Test
    void shouldRecordEachViewForGovernanceAndAuditorsOnly() {
        page(asUser(member), "/console/teams/" + parent);

        String log = page(given().auth().oauth2(DevTokens.token("aude-auditor", "auditor")), "/console/teams/-/views");
        assertThat(log).contains(member, "team " + parent);
        asUser(member).get("/console/teams/-/views").then().statusCode(403);
    }

    private static String team(String id, String name, String parentId, Map<String, String> contacts) {
        asAdmin().body(Map.of("id", id, "name", name, "parentId", parentId, "contacts", contacts))
                .post("/teams").then().statusCode(201);
        return id;
    }

    private void delegate(String validFrom, String validUntil, List<String> categories) {
        Map<String, Object> body = new HashMap<>(Map.of("delegate", deputy, "validUntil", validUntil,
                "categories", categories, "reason", REASON));
        if (validFrom != null) {
            body.put("validFrom", validFrom);
        }
        asUser(lead).body(body).post("/teams/{id}/delegations", parent).then().statusCode(201);
    }

    private static String days(int days) {
        return Instant.now().plus(Duration.ofDays(days)).toString();
    }

    private static String page(RequestSpecification reader, String path) {
        return reader.accept("text/html").get(path).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
    }

    /** The {@code <li>} of the team's branch in a tree, from its opening tag to its matching closing tag. */
    private static String branchOf(String html, String teamId) {
        int link = html.indexOf("<a href=\"/console/teams/" + teamId + "\">");
        assertThat(link).as("a link to " + teamId).isNotNegative();
        int start = html.lastIndexOf("<li", link);
        Matcher tags = Pattern.compile("<li[\\s>]|</li>").matcher(html);
        int depth = 0;
        tags.region(start, html.length());
        while (tags.find()) {
            depth += tags.group().startsWith("</") ? -1 : 1;
            if (depth == 0) {
                return html.substring(start, tags.end());
            }
        }
        throw new AssertionError("The branch of " + teamId + " does not close");
    }
}
