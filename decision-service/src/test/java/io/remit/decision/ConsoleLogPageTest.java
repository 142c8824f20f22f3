package io.remit.decision;

import static io.remit.decision.Api.as;
import static io.remit.decision.Api.boundary;
import static io.remit.decision.Api.decision;
import static io.remit.decision.Api.setBoundary;
import static io.remit.decision.ConsoleDecisionPageTest.between;
import static io.remit.decision.ConsoleDecisionPageTest.page;
import static io.remit.decision.Org.root;
import static io.remit.decision.Org.team;
import static io.remit.decision.Org.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.decision.decision.domain.Decision;
import io.remit.platform.testing.KafkaBrokerResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A team's decision log in the console (DESIGN, Faces): latest entry first, 50 a page, each with its place, kind,
 * time, verdict and status, link and short hash, under the chain's verification by the API's own code. The tests
 * verify logs of up to 20 entries on sight ({@code %test.remit.ledger.console-verify-up-to}); longer ones when asked.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class ConsoleLogPageTest {

    private static final Pattern PLACE = Pattern.compile("<td class=\"number\">(\\d+)</td>");
    private static final Pattern KIND = Pattern.compile("<td class=\"number\">\\d+</td>\\s*<td>([^<]+)</td>");

    @Inject
    EntityManager entityManager;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldListEntriesLatestFirstUnderAValidChain() {
        String member = uniqueId("mia");
        String root = root(uniqueId("root")).publish();
        String team = team(uniqueId("team"), root).member(member).publish();
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));
        List<String> ids = new ArrayList<>();
        for (long budget : new long[] {100, 50_000, 200}) {
            ids.add(as(member).body(decision(team, "spend", budget)).post("/decisions").then().statusCode(201)
                    .extract().path("id"));
        }
        String headHash = as("auditor").get("/teams/{t}/decisions/verify", team).then().statusCode(200)
                .extract().path("headHash");
        String firstHash = as("reader").get("/decisions/{id}", ids.get(0)).then().extract().path("hash");

        String page = page("/console/logs/" + team, uniqueId("reader")).statusCode(200)
                .contentType(containsString("text/html")).extract().asString();

        assertThat(page).contains("Decision log: Team " + team, "Valid: every entry matches", headHash);
        assertThat(between(page, "<dt>Entries</dt><dd>", "</dd>")).isEqualTo("4");
        assertThat(places(page)).containsExactly(4L, 3L, 2L, 1L);
        assertThat(kinds(page)).containsExactly("decision", "escalation opened", "decision", "decision");
        String entries = between(page, "<tbody>", "</tbody>");
        assertThat(entries).containsSubsequence("within remit", "in effect", "escalated", "pending", "within remit")
                .contains("href=\"/console/decisions/" + ids.get(1) + "\"", firstHash.substring(0, 12),
                        "title=\"" + firstHash + "\"");
        assertThat(page).doesNotContain("rel=\"next\"");
    }

    @Test
    void shouldShowWhereATamperedChainBreaks() {
        String member = uniqueId("mia");
        String root = root(uniqueId("root")).publish();
        String team = team(uniqueId("team"), root).member(member).publish();
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));
        List<String> ids = new ArrayList<>();
        for (long budget : new long[] {100, 200, 300}) {
            ids.add(as(member).body(decision(team, "spend", budget)).post("/decisions").then().statusCode(201)
                    .extract().path("id"));
        }
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update remit_decision.decision set budget_amount = 1 where id = :id")
                .setParameter("id", ids.get(1)).executeUpdate());

        String page = page("/console/logs/" + team, uniqueId("auditor"), "auditor").statusCode(200).extract()
                .asString();

        assertThat(page).contains("class=\"broken\">Broken at entry 2 (decision " + ids.get(1) + ")",
                "it was altered after it was written").doesNotContain("class=\"ok\"");
    }

    @Test
    void shouldPageThroughALongLogAndVerifyItWhenAsked() {
        String member = uniqueId("mia");
        String root = root(uniqueId("root")).publish();
        String team = team(uniqueId("team"), root).member(member).publish();
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));
        for (int i = 0; i < 52; i++) {
            as(member).body(decision(team, "spend", 100L + i)).post("/decisions").then().statusCode(201);
        }

        String first = page("/console/logs/" + team, member).statusCode(200).extract().asString();
        assertThat(first).contains("Not verified in this view: this log has 52 entries")
                .contains("href=\"/console/logs/" + team + "?after=3\" rel=\"next\"")
                .doesNotContain("class=\"ok\"");
        assertThat(places(first)).hasSize(50).startsWith(52L).endsWith(3L);

        // A page reads only its own rows, backwards from its keyset on the log's index, whatever lies after it.
        long loadsBefore = decisionLoads();
        String second = page("/console/logs/" + team + "?after=3", member).statusCode(200).extract().asString();
        assertThat(decisionLoads() - loadsBefore).isEqualTo(2);
        assertThat(places(second)).containsExactly(2L, 1L);
        assertThat(second).doesNotContain("rel=\"next\"").contains("Not verified in this view");

        String verified = page("/console/logs/" + team + "?verify=true", member).statusCode(200).extract()
                .asString();
        assertThat(verified).contains("Valid: every entry matches");
        assertThat(between(verified, "<dt>Entries</dt><dd>", "</dd>")).isEqualTo("52");
    }

    @Test
    void shouldRecordTheViewWithItsQuery() {
        String root = root(uniqueId("root")).publish();
        String team = team(uniqueId("team"), root).publish();
        String reader = uniqueId("reader");
        page("/console/logs/" + team + "?verify=true", reader).statusCode(200)
                .body(containsString("Nothing logged yet."));

        String views = page("/console/decisions/views", uniqueId("gina"), "governance").statusCode(200).extract()
                .asString();
        assertThat(views).contains(reader, "log of team " + team, "verify=true");
    }

    @Test
    void shouldRefuseWhatItCannotShow() {
        given().redirects().follow(false).get("/console/logs/{team}", "any").then().statusCode(303)
                .header("Location", containsString("/console/sign-in"));
        page("/console/logs/" + uniqueId("nowhere"), uniqueId("reader")).statusCode(404)
                .contentType(containsString("text/html")).body(containsString("Team not found"));
        String team = team(uniqueId("team"), root(uniqueId("root")).publish()).publish();
        page("/console/logs/" + team + "?after=soon", uniqueId("reader")).statusCode(400)
                .contentType(containsString("text/html")).body(containsString("after: must be the place"));
        page("/console/logs/" + team + "?verify=yes", uniqueId("reader")).statusCode(400)
                .body(containsString("verify: must be true or false"));
    }

    private long decisionLoads() {
        Statistics statistics = sessionFactory.getStatistics();
        return statistics.getEntityStatistics(Decision.class.getName()).getLoadCount();
    }

    private static List<String> kinds(String page) {
        Matcher matcher = KIND.matcher(page);
        List<String> kinds = new ArrayList<>();
        while (matcher.find()) {
            kinds.add(matcher.group(1));
        }
        return kinds;
    }

    private static List<Long> places(String page) {
        Matcher matcher = PLACE.matcher(page);
        List<Long> places = new ArrayList<>();
        while (matcher.find()) {
            places.add(Long.parseLong(matcher.group(1)));
        }
        return places;
    }
}
