package io.remit.notification.audit.console;

import static io.remit.notification.Fixtures.root;
import static io.remit.notification.Fixtures.team;
import static io.remit.notification.Fixtures.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.notification.Escalations;
import io.remit.platform.ids.TimeOrderedIds;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * GET /console/escalations, fed with teams and escalations through the real broker, in decision-service's published
 * formats, as the audit API's tests feed them.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class ConsoleEscalationsPageTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PAGE = "/console/escalations";
    private static final Pattern ROW = Pattern.compile("href=\"/console/escalations/([0-9a-f-]{36})\"");
    private static final Pattern COUNT = Pattern.compile(
            "<span class=\"value\">(\\d+)</span> <span class=\"label\">escalations?</span>");
    private static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\">");

    /** Five escalations of one organisation: dept (with the teams one and two below it) under a root. */
    private record Organisation(String root, String dept, String one, String two, String lead, String voter,
            String decider, List<String> ids) {

        String e(int number) {
            return ids.get(number - 1);
        }
    }

    @Test
    void shouldNarrowTheListByEachFilter() {
        Organisation org = organisation();
        String all = "team=" + org.dept() + "&subtree=true";

        assertThat(rows(all)).containsExactly(org.e(5), org.e(4), org.e(3), org.e(2), org.e(1));
        assertThat(rows("team=" + org.dept())).containsExactly(org.e(4), org.e(3), org.e(2), org.e(1));
        assertThat(rows("team=" + org.one())).containsExactly(org.e(3), org.e(1));
        assertThat(rows("team=" + org.root() + "&subtree=true")).hasSize(5);
        assertThat(rows(all + "&category=vendor")).containsExactly(org.e(2));
        assertThat(rows(all + "&status=APPROVED")).containsExactly(org.e(2));
        assertThat(rows(all + "&status=OPEN&status=ACKNOWLEDGED"))
                .containsExactly(org.e(5), org.e(4), org.e(3), org.e(1));
        assertThat(rows(all + "&status=acknowledged")).containsExactly(org.e(4));
        assertThat(rows(all + "&status=overdue")).containsExactly(org.e(3));
        assertThat(rows(all + "&status=OPEN&status=overdue")).containsExactly(org.e(3));
        assertThat(rows(all + "&status=APPROVED&status=overdue")).isEmpty();
        assertThat(rows(all + "&status=breached")).containsExactly(org.e(3));
        assertThat(rows(all + "&status=root")).containsExactly(org.e(5));
        assertThat(rows(all + "&decider=" + org.decider())).containsExactly(org.e(1));
        assertThat(rows(all + "&approver=" + org.lead())).containsExactly(org.e(2));
        assertThat(rows(all + "&approver=" + org.voter())).containsExactly(org.e(1));
        assertThat(rows(all + "&delegate=true")).containsExactly(org.e(4));
        assertThat(rows(all + "&minAmount=10000&currency=eur")).containsExactly(org.e(4), org.e(1));
        assertThat(rows(all + "&minAmount=1200&maxAmount=20000")).containsExactly(org.e(4), org.e(2));
        assertThat(rows(all + "&currency=USD")).containsExactly(org.e(2));
        assertThat(rows(all + "&irreversible=true")).containsExactly(org.e(2));
        assertThat(rows(all + "&irreversible=false")).containsExactly(org.e(5), org.e(4), org.e(3), org.e(1));
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertThat(rows(all + "&from=" + tomorrow)).isEmpty();
        assertThat(rows(all + "&to=" + tomorrow + "&from=" + Instant.now().minus(Duration.ofHours(1)))).hasSize(5);
        assertThat(rows(all + "&status=OPEN&status=ACKNOWLEDGED&currency=EUR&irreversible=false&delegate=true"))
                .containsExactly(org.e(4));
    }

    @Test
    void shouldCountThePopulationAndSumItsBudgetsPerCurrency() {
        Organisation org = organisation();
        String all = "team=" + org.dept() + "&subtree=true";

        String page = page(all);
        assertThat(count(page)).isEqualTo(5);
        assertThat(page).contains("<span class=\"value\">70000 EUR</span> <span class=\"label\">budgets in EUR (2)")
                .contains("<span class=\"value\">1200 USD</span> <span class=\"label\">budgets in USD (1)")
                .contains("<span class=\"value\">300 GBP</span> <span class=\"label\">budgets in GBP (1)");
        String euros = page(all + "&currency=EUR");
        assertThat(count(euros)).isEqualTo(2);
        assertThat(euros).contains("70000 EUR").doesNotContain("USD</span>").doesNotContain("GBP</span>");
        String none = page(all + "&category=" + uniqueId("none"));
        assertThat(count(none)).isZero();
        assertThat(none).contains("No escalation matches these filters.").doesNotContain("budgets in");
    }

    @Test
    void shouldShowEachRowWithItsBadgesAndTheFormFilledWithTheFilters() {
        Organisation org = organisation();
        String page = page("team=" + org.dept() + "&subtree=true&status=overdue&minAmount=0");
        assertThat(rowsOf(page)).isEmpty();
        page = page("team=" + org.dept() + "&subtree=true&status=overdue");
        assertThat(page).contains("href=\"/console/escalations/" + org.e(3) + "\"")
                .contains("<span class=\"badge badge-open\">OPEN</span> <span class=\"badge badge-overdue\">overdue"
                        + "</span> <span class=\"badge badge-breached\">breached</span>")
                .contains("value=\"" + org.dept() + "\"")
                .contains("name=\"subtree\" type=\"checkbox\" value=\"true\" checked")
                .contains("name=\"status\" type=\"checkbox\" value=\"overdue\" checked")
                .contains("name=\"status\" type=\"checkbox\" value=\"OPEN\">");
        assertThat(page(("team=" + org.dept() + "&subtree=true&status=root")))
                .contains("<span class=\"badge badge-root\">root</span>")
                .contains("300 GBP");
        // every input has a label
        Matcher ids = Pattern.compile("<(?:input|select) id=\"([^\"]+)\"").matcher(page);
        while (ids.find()) {
            assertThat(page).contains("<label for=\"" + ids.group(1) + "\">");
        }
    }

    @Test
    void shouldLinkTheApiWithTheFiltersItTakesAndNameTheOthers() {
        Organisation org = organisation();
        String plain = page("team=" + org.one() + "&status=OPEN&status=overdue&from=2026-01-01");
        assertThat(plain).contains("<a href=\"/audit/escalations?from=2026-01-01T00:00:00Z&amp;teamId=" + org.one()
                + "&amp;status=OPEN&amp;overdue=true\">").doesNotContain("The API does not take");
        String wider = page("team=" + org.dept() + "&subtree=true&category=spend&status=breached");
        assertThat(wider).contains("<a href=\"/audit/escalations?teamId=" + org.dept() + "\">")
                .contains("The API does not take this view's subtree, category, breached filters");
        governance().get("/audit/escalations?teamId=" + org.one() + "&status=OPEN&overdue=true").then()
                .statusCode(200).body("items.id", hasSize(1)).body("items[0].id", equalTo(org.e(3)));
    }

    @Test
    void shouldPageByTheKeysetWithEveryFilterInTheNextLink() {
        String root = root(uniqueId("root")).publish();
        String dept = team(uniqueId("dept"), root).lead(uniqueId("lead")).publish();
        String deciding = uniqueId("payments");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ConsoleEscalationsResource.PAGE_SIZE + 2; i++) {
            ids.add(publish(deciding, dept, Instant.now().plus(Duration.ofHours(1)), event -> { }));
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(count(page("team=" + deciding)))
                .isEqualTo(ids.size()));
        List<String> newestFirst = new ArrayList<>(ids);
        Collections.reverse(newestFirst);

        String first = page("team=" + deciding + "&category=spend&currency=EUR&status=OPEN");
        assertThat(rowsOf(first)).containsExactlyElementsOf(newestFirst.subList(0, 50));
        Matcher next = NEXT.matcher(first);
        assertThat(next.find()).isTrue();
        String link = next.group(1).replace("&amp;", "&");
        assertThat(link).startsWith(PAGE + "?team=" + deciding + "&category=spend&status=OPEN&currency=EUR&after="
                + newestFirst.get(49));
        String second = governance().urlEncodingEnabled(false).get(link).then().statusCode(200).extract().asString();
        assertThat(rowsOf(second)).containsExactlyElementsOf(newestFirst.subList(50, 52));
        assertThat(count(second)).isEqualTo(52);
        assertThat(NEXT.matcher(second).find()).isFalse();
    }

    @Test
    void shouldLetOnlyGovernanceAndAuditorsSeeItAndSendAnonymousVisitorsToSignIn() {
        given().auth().oauth2(DevTokens.token("lou")).get(PAGE).then().statusCode(403)
                .contentType(startsWith("text/html"));
        given().auth().oauth2(DevTokens.token("ada", "admin")).get(PAGE).then().statusCode(403);
        given().redirects().follow(false).get(PAGE + "?status=OPEN").then().statusCode(303)
                .header("Location", containsString("/console/sign-in"));
        given().auth().oauth2(DevTokens.token("aude", "auditor")).get(PAGE).then().statusCode(200)
                .contentType(startsWith("text/html"));
    }

    @Test
    void shouldAnswerUnreadableFiltersWithA400PageNamingThem() {
        governance().get(PAGE + "?from=yesterday").then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("<code>from</code>"));
        String many = governance().get(PAGE + "?to=2026-13-01&status=CLOSED&minAmount=-5&currency=euro"
                + "&irreversible=maybe").then().statusCode(400).extract().asString();
        assertThat(many).contains("<code>to</code>", "<code>status</code>", "<code>minAmount</code>",
                "<code>currency</code>", "<code>irreversible</code>");
        governance().get(PAGE + "?from=2026-11-02&to=2026-11-01").then().statusCode(400)
                .body(containsString("<code>to</code>"));
        governance().get(PAGE + "?minAmount=500&maxAmount=100").then().statusCode(400)
                .body(containsString("<code>maxAmount</code>"));
    }

    @Test
    void shouldRecordTheViewWithItsFilters() {
        String team = uniqueId("payments");
        governance().get(PAGE + "?team=" + team + "&status=overdue").then().statusCode(200);

        List<String> recorded = QuarkusTransaction.requiringNew().call(() -> Arc.container()
                .instance(EntityManager.class).get()
                .createQuery("select v.subject || ' ' || v.viewer || ' ' || v.query from ConsoleView v"
                        + " where v.query like :team", String.class)
                .setParameter("team", "%" + team + "%").getResultList());
        assertThat(recorded).containsExactly("escalations list gail team=" + team + "&status=overdue");
    }

    // --- fixtures -----------------------------------------------------------------------------------------------

    /**
     * An organisation and five escalations, oldest first:
     * 1. by team one to dept, 50000 EUR, spend, decided by a unique decider, one approving vote (still OPEN);
     * 2. by team two to dept, 1200 USD, vendor, irreversible, resolved APPROVED by the lead;
     * 3. by team one to dept, no budget, its deadline passed: overdue and breached;
     * 4. by team two to dept, 20000 EUR, acknowledged by a delegate on behalf of the lead;
     * 5. by team two to the root, 300 GBP.
     * All but the second are reversible.
     */
    private static Organisation organisation() {
        String lead = uniqueId("lena");
        String voter = uniqueId("vic");
        String decider = uniqueId("bob");
        String rootId = root(uniqueId("root")).lead(uniqueId("rita")).publish();
        String dept = team(uniqueId("dept"), rootId).lead(lead).publish();
        String one = team(uniqueId("one"), dept).publish();
        String two = team(uniqueId("two"), dept).publish();
        Instant later = Instant.now().plus(Duration.ofHours(1));
        List<String> ids = new ArrayList<>();
        ids.add(publish(one, dept, later, event -> decision(event).put("decidedBy", decider)
                .put("reversible", true)));
        ids.add(publish(two, dept, later, event -> budget(decision(event).put("category", "vendor"), "1200", "USD")));
        ids.add(publish(one, dept, Instant.now().minus(Duration.ofSeconds(5)),
                event -> decision(event).put("reversible", true).putNull("budget")));
        ids.add(publish(two, dept, later, event -> budget(decision(event).put("reversible", true), "20000", "EUR")));
        ids.add(publish(two, rootId, later, event -> budget(decision(event).put("reversible", true), "300", "GBP")));
        for (String id : ids) {
            await().atMost(WAIT).untilAsserted(() -> trail(id).then().statusCode(200));
        }
        String decision1 = trail(ids.get(0)).path("escalation.decisionId");
        Escalations.publish(Escalations.by(Escalations.voted("escalation-voted.json", ids.get(0), decision1, one, 1,
                dept), voter), decision1);
        String decision2 = trail(ids.get(1)).path("escalation.decisionId");
        Escalations.publish(Escalations.resolved(ids.get(1), decision2, two, 1, dept, "APPROVED", lead), decision2);
        String decision4 = trail(ids.get(3)).path("escalation.decisionId");
        Escalations.publish(Escalations.onBehalfOf(Escalations.acknowledged(ids.get(3), decision4, two, 1, dept,
                uniqueId("dev"), later.plus(Duration.ofHours(1))), lead), decision4);
        await().atMost(WAIT).untilAsserted(() -> {
            trail(ids.get(0)).then().body("escalation.votes", hasSize(1));
            trail(ids.get(1)).then().body("escalation.status", equalTo("APPROVED"));
            trail(ids.get(2)).then().body("escalation.breaches", hasSize(1));
            trail(ids.get(3)).then().body("escalation.status", equalTo("ACKNOWLEDGED"));
        });
        return new Organisation(rootId, dept, one, two, lead, voter, decider, List.copyOf(ids));
    }

    /** Publishes a new escalation (UUIDv7 ids, so a newer one sorts later), shaped by {@code shape}; its id. */
    private static String publish(String decidingTeam, String target, Instant dueAt, Consumer<ObjectNode> shape) {
        String id = TimeOrderedIds.next();
        String decisionId = TimeOrderedIds.next();
        ObjectNode event = Escalations.escalated(id, decisionId, decidingTeam, 1, target, dueAt);
        shape.accept(event);
        Escalations.assertValid(event);
        Escalations.publish(event, decisionId);
        return id;
    }

    private static ObjectNode decision(ObjectNode escalated) {
        return (ObjectNode) escalated.get("data").get("decision");
    }

    private static ObjectNode budget(ObjectNode decision, String amount, String currency) {
        decision.putObject("budget").put("amount", new BigDecimal(amount)).put("currency", currency);
        return decision;
    }

    private static RequestSpecification governance() {
        return given().auth().oauth2(DevTokens.token("gail", "governance"));
    }

    private static Response trail(String id) {
        return governance().get("/audit/escalations/{id}", id);
    }

    /** The page for a query string (already encoded), as governance sees it. */
    private static String page(String query) {
        return governance().urlEncodingEnabled(false).get(PAGE + "?" + query).then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
    }

    /** The ids of the escalations the page for a query string lists, in order. */
    private static List<String> rows(String query) {
        return rowsOf(page(query));
    }

    private static List<String> rowsOf(String page) {
        List<String> ids = new ArrayList<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            ids.add(row.group(1));
        }
        return ids;
    }

    private static long count(String page) {
        Matcher count = COUNT.matcher(page);
        assertThat(count.find()).as("the page shows a count").isTrue();
        return Long.parseLong(count.group(1));
    }
}
