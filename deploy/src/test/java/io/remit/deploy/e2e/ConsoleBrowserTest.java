package io.remit.deploy.e2e;

import static io.remit.deploy.e2e.RemitSuite.DECISION;
import static io.remit.deploy.e2e.RemitSuite.NOTIFICATION;
import static io.remit.deploy.e2e.RemitSuite.TEAM;
import static io.remit.deploy.e2e.StoryHttp.as;
import static io.remit.deploy.e2e.StoryHttp.describe;
import static io.remit.deploy.e2e.StoryHttp.items;
import static io.remit.deploy.e2e.StoryHttp.json;
import static io.remit.deploy.e2e.StoryHttp.money;
import static io.remit.deploy.e2e.StoryHttp.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console in a real browser, on the shared suite (see {@link SharedSuite}): headless Chromium signs in on
 * notification-service, reads every kind of page, follows links from one service's pages to another's, and checks
 * each page with axe-core (serious and critical violations fail the test). It keeps a picture of each page in
 * {@code deploy/target/console-screenshots/}; {@code -Dremit.console.screenshots.update=true} also copies them to
 * {@code deploy/console/screenshots/}, which the top README shows.
 *
 * <p>The organisation is this class's own, under the shared root: a department (its lead, a one-hour SLA, up to
 * 100,000 EUR) above a squad (a member, up to 10,000 EUR), with one decision within remit, one escalated to the
 * department and one escalated and then withdrawn.
 *
 * <p>Runs in the H2 pass only ({@link WhereABrowserRuns}): the pages are the same whatever the database, and the
 * PostgreSQL pass covers the queries beneath them through the services' own tests.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
@ExtendWith({ConsoleBrowserTest.WhereABrowserRuns.class, SharedSuite.class})
class ConsoleBrowserTest {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);
    private static final String CATEGORY = "spend";
    private static final String UPDATE_SCREENSHOTS = "remit.console.screenshots.update";

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String ADMIN = "e2e-" + RUN + "-admin";
    private static final String GOVERNANCE = "e2e-" + RUN + "-gwen";
    private static final String ROOT_LEAD = "e2e-" + RUN + "-root-lead";
    private static final String LEAD = "e2e-" + RUN + "-lena";
    private static final String MEMBER = "e2e-" + RUN + "-max";
    private static final String DEPARTMENT = "e2e-" + RUN + "-operations";
    private static final String SQUAD = "e2e-" + RUN + "-payments";

    private static RemitSuite suite;
    private static StoryOrganisation.Root root;
    private static Path screenshots;
    private static Path committedScreenshots;
    private static Decided withinRemit;
    private static Decided escalated;
    private static Decided withdrawn;

    private ConsoleBrowser browser;

    /** A decision the class logged, and its escalation's id (null when it has none). */
    record Decided(String id, String title, String escalationId) {
    }

    /**
     * Leaves the test out where it cannot or need not run: the services were not packaged, this is the PostgreSQL
     * pass, or no browser is installed. On CI ({@code CI=true}) a missing browser is a failure, not a skip:
     * {@code .ci/run} installs it first ({@code deploy/browser/install}).
     */
    static final class WhereABrowserRuns implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (TestDatabase.fromSystemProperties().postgres()) {
                return ConditionEvaluationResult.disabled("The console's browser test runs in the H2 pass only: its "
                        + "pages are the same on either database, whose queries the services' own tests cover");
            }
            Optional<String> missing = ConsoleBrowser.missing();
            if (missing.isPresent() && !"true".equalsIgnoreCase(System.getenv("CI"))) {
                return ConditionEvaluationResult.disabled(missing.get());
            }
            return ConditionEvaluationResult.enabled("a browser is installed, or CI must have one");
        }
    }

    @BeforeAll
    static void organisationAndDecisions() {
        ConsoleBrowser.missing().ifPresent(reason -> fail("CI=true: " + reason));
        assumeTrue(SharedSuite.missingJars().isEmpty(), SharedSuite::skipReason);
        suite = SharedSuite.running().suite();
        Path repository = RemitSuite.repositoryRoot();
        screenshots = repository.resolve("deploy/target/console-screenshots");
        committedScreenshots = repository.resolve("deploy/console/screenshots");
        try {
            root = StoryOrganisation.createOrReuseTheRoot(RUN, adminToken());
            // A membership change publishes the root's snapshot on this suite's broker, so the replicas learn it.
            StoryOrganisation.setMember(adminToken(), root.id(), ROOT_LEAD, "LEAD");
            StoryOrganisation.createTeam(adminToken(), DEPARTMENT, "Operations", root.id(), "PT1H");
            StoryOrganisation.setMember(adminToken(), DEPARTMENT, LEAD, "LEAD");
            StoryOrganisation.createTeam(adminToken(), SQUAD, "Payments", DEPARTMENT, "PT1H");
            StoryOrganisation.setMember(adminToken(), SQUAD, MEMBER, "MEMBER");
            for (String team : List.of(root.id(), DEPARTMENT, SQUAD)) {
                await("decision-service learns team " + team).atMost(PROPAGATION)
                        .pollInterval(Duration.ofMillis(200))
                        .untilAsserted(() -> assertThat(as(DECISION, governanceToken())
                                .get("/teams/{id}/boundaries", team).statusCode()).isEqualTo(200));
            }
            putBoundary(DEPARTMENT, 100_000, "HIGH", "ORGANISATION");
            putBoundary(SQUAD, 10_000, "MEDIUM", "TEAM");

            withinRemit = decide("Renew the monitoring licence", 5_000);
            escalated = decide("Buy a fraud-scoring service for a year", 50_000);
            withdrawn = decide("Sponsor a payments meetup", 25_000);
            Response withdrawal = as(DECISION, token(MEMBER)).body(Map.of("reason", "The meetup was cancelled"))
                    .post("/decisions/{id}/withdraw", withdrawn.id());
            assertThat(withdrawal.statusCode()).as(describe(withdrawal)).isEqualTo(200);
            assertThat(escalated.escalationId()).as("50,000 EUR is beyond the squad's remit").isNotNull();
            assertThat(withdrawn.escalationId()).isNotNull();

            // The console's escalation pages read notification-service's audit: wait until both are there.
            await("notification-service's audit has the squad's escalations").atMost(PROPAGATION)
                    .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                        Map<String, String> statuses = auditedStatuses();
                        assertThat(statuses).containsEntry(escalated.escalationId(), "OPEN")
                                .containsEntry(withdrawn.escalationId(), "WITHDRAWN");
                    });
        } catch (RuntimeException | Error e) {
            suite.reportFailure("console browser test, run " + RUN + " (its organisation)", e);
            throw e;
        }
    }

    @AfterAll
    static void leaveTheSharedRootAsItWas() {
        StoryOrganisation.leaveTheSharedRootAsItWas(adminToken(), root, ROOT_LEAD);
    }

    @BeforeEach
    void startTheBrowser(TestInfo test) {
        String name = test.getTestMethod().orElseThrow().getName();
        browser = ConsoleBrowser.start(screenshots, suite.logDir().resolve("chromedriver-" + name + ".log"));
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void aLeadSignsInWithTheDevSignInAndFindsTheEscalationInTheInbox() {
        browse("the dev sign-in and the inbox", () -> {
            browser.open(notification("/console/sign-in"), "sign-in");
            picture("sign-in");
            WebElement user = browser.find(By.name("user"));
            user.sendKeys(LEAD);
            browser.submit(user, "home");
            assertThat(browser.url()).as("signed in, home").isEqualTo(notification("/console"));
            assertThat(browser.text()).contains(LEAD);
            picture("home");

            browser.follow(By.cssSelector("a[href$='/console/inbox']"), "inbox");
            assertThat(browser.text()).contains(escalated.title()).contains("lead of " + DEPARTMENT)
                    .doesNotContain(withdrawn.title());
            assertThat(linksTo("/console/escalations/" + escalated.escalationId())).isNotEmpty();
            picture("inbox");
        });
    }

    @Test
    void governanceSignsInWithAPastedTokenFiltersTheEscalationsAndFollowsLinksAcrossTheServices() {
        browse("a pasted token, the escalations list, a timeline, a decision, a team, its log", () -> {
            // Asked for a page without a session, the console sends the browser to sign in, and back afterwards.
            browser.open(notification("/console/escalations"), "sign-in, on the way to the escalations");
            assertThat(browser.url()).startsWith(notification("/console/sign-in")).contains("next=");
            WebElement pasted = browser.find(By.name("token"));
            pasted.sendKeys(governanceToken());
            browser.submit(pasted, "escalations");
            assertThat(browser.url()).startsWith(notification("/console/escalations"));
            assertThat(escalationsListed()).as("every escalation of the suite, newest first")
                    .contains(escalated.escalationId(), withdrawn.escalationId());

            filterBy("team", SQUAD, "escalations of the squad");
            assertThat(browser.url()).contains("team=" + SQUAD);
            assertThat(escalationsListed()).as("the squad's only")
                    .containsExactlyInAnyOrder(escalated.escalationId(), withdrawn.escalationId());
            picture("escalations");
            filterBy("status", "WITHDRAWN", "withdrawn escalations of the squad");
            assertThat(browser.url()).contains("team=" + SQUAD).contains("status=WITHDRAWN");
            assertThat(escalationsListed()).containsExactly(withdrawn.escalationId());

            browser.navigate(() -> browser.driver().navigate().back());
            assertThat(browser.url()).doesNotContain("status=");
            browser.follow(linkTo("/console/escalations/" + escalated.escalationId()), "timeline");
            assertThat(browser.text()).contains(escalated.title()).contains(DEPARTMENT);
            picture("timeline");

            browser.follow(linkTo("/console/decisions/" + escalated.id()), "decision");
            assertThat(browser.url()).as("served by decision-service").isEqualTo(decision(
                    "/console/decisions/" + escalated.id()));
            assertThat(browser.text()).contains(escalated.title()).contains(MEMBER);
            picture("decision");

            browser.follow(linkTo("/console/logs/" + SQUAD), "team log");
            assertThat(browser.url()).startsWith(decision("/console/logs/" + SQUAD));
            assertThat(browser.text()).contains(withinRemit.title()).contains(escalated.title());
            assertThat(browser.driver().findElements(By.cssSelector(".ok"))).as("the chain verifies").isNotEmpty();
            picture("team-log");

            browser.navigate(() -> browser.driver().navigate().back());
            browser.follow(linkTo("/console/teams/" + SQUAD), "team");
            assertThat(browser.url()).as("served by team-service").startsWith(teams("/console/teams/" + SQUAD));
            assertThat(browser.text()).contains("Payments").contains(MEMBER);
            assertThat(linksTo("/console/teams/" + DEPARTMENT)).as("its parent").isNotEmpty();
            picture("team");

            browser.follow(By.linkText("Organisation"), "organisation");
            assertThat(browser.url()).isEqualTo(teams("/console/teams"));
            assertThat(linksTo("/console/teams/" + DEPARTMENT)).isNotEmpty();
            assertThat(linksTo("/console/teams/" + SQUAD)).isNotEmpty();
            picture("organisation");
        });
    }

    @Test
    void aMemberIsRefusedTheAuditPages() {
        browse("a member and the audit pages", () -> {
            signInAs(MEMBER);
            for (String page : List.of(notification("/console/escalations"), notification("/console/views"),
                    decision("/console/decisions/views"), teams("/console/teams/-/views"))) {
                browser.open(page, "refused " + page);
                assertThat(browser.url()).as("no sign-in asked: the member is signed in").isEqualTo(page);
                assertThat(browser.text()).as(page).contains("403");
                assertThat(statusFor(page, token(MEMBER))).as("the status of " + page).isEqualTo(403);
            }
            // Yet the member reads the squad's decisions, as everyone may.
            browser.open(decision("/console/decisions/" + withinRemit.id()), "a decision, as a member");
            assertThat(browser.text()).contains(withinRemit.title());
        });
    }

    @Test
    void signingInFromAnotherServicesPageReturnsToThatPage() {
        browse("a sign-in on the way to another service's page", () -> {
            String decisionPage = decision("/console/decisions/" + withinRemit.id());
            browser.open(decisionPage, "sign-in, on the way to a decision");
            assertThat(browser.url()).startsWith(notification("/console/sign-in?next="));
            WebElement user = browser.find(By.name("user"));
            user.sendKeys(MEMBER);
            browser.submit(user, "a decision, after signing in");
            assertThat(browser.url()).isEqualTo(decisionPage);
            assertThat(browser.text()).contains(withinRemit.title());
        });
    }

    @Test
    void theSignInFormIsFilledAndSubmittedWithTheKeyboardOnly() {
        browse("the sign-in form by keyboard", () -> {
            browser.open(notification("/console/sign-in"), "sign-in, by keyboard");
            WebElement user = tabTo(By.name("user"));
            user.sendKeys(GOVERNANCE);
            WebElement auditor = tabTo(By.cssSelector("input[name='roles'][value='auditor']"));
            auditor.sendKeys(Keys.SPACE);
            assertThat(auditor.isSelected()).as("auditor ticked with the space bar").isTrue();
            WebElement submit = tabTo(By.xpath("//input[@name='user']/ancestor::form//*[(self::button and "
                    + "(not(@type) or @type='submit')) or (self::input and @type='submit')]"));
            browser.navigate(() -> submit.sendKeys(Keys.ENTER));
            browser.check("home, after a keyboard sign-in");
            assertThat(browser.url()).isEqualTo(notification("/console"));
            assertThat(browser.text()).contains(GOVERNANCE).contains("auditor");
        });
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Runs a scenario; on failure prints the page the browser showed and the suite's logs; then judges axe-core. */
    private void browse(String scenario, Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | Error e) {
            String page = browser.driver().getPageSource();
            suite.reportFailure("console browser test, run " + RUN + ": " + scenario, e,
                    "the browser was at " + browser.url() + ":\n" + page);
            throw e;
        }
        assertThat(browser.violations()).as("serious or critical accessibility violations (printed above)")
                .isEmpty();
    }

    private void signInAs(String user) {
        browser.open(notification("/console/sign-in"), "sign-in");
        WebElement field = browser.find(By.name("user"));
        field.sendKeys(user);
        browser.submit(field, "home");
        assertThat(browser.url()).isEqualTo(notification("/console"));
    }

    /** Presses Tab from where the focus is until the element has it (a page has far fewer than 50 stops). */
    private WebElement tabTo(By target) {
        WebElement wanted = browser.find(target);
        for (int i = 0; i < 50; i++) {
            if (wanted.equals(browser.driver().switchTo().activeElement())) {
                return wanted;
            }
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + target);
    }

    /**
     * Sets one filter of the escalations list, as a person would (types into a field, picks an option, ticks a box
     * of that value), keeps the others as the form shows them, and submits the form.
     */
    private void filterBy(String name, String value, String page) {
        List<WebElement> fields = browser.driver().findElements(By.cssSelector("form.filters [name='" + name + "']"));
        assertThat(fields).as("the filter " + name).isNotEmpty();
        WebElement field = fields.get(0);
        if ("checkbox".equals(field.getAttribute("type"))) {
            field = fields.stream().filter(box -> value.equals(box.getAttribute("value"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no box " + value + " for the filter " + name));
            if (!field.isSelected()) {
                field.click();
            }
        } else if (field.getTagName().equals("select")) {
            new Select(field).selectByValue(value);
        } else {
            field.clear();
            field.sendKeys(value);
        }
        assertThat(browser.driver().findElements(By.cssSelector("label[for='" + field.getAttribute("id") + "']")))
                .as("a label for the filter " + name).isNotEmpty();
        browser.submit(field, page);
    }

    /** The escalations the list page links to, in its order. */
    private List<String> escalationsListed() {
        String prefix = notification("/console/escalations/");
        return browser.driver().findElements(By.cssSelector("table.data a[href*='/console/escalations/']")).stream()
                .map(a -> a.getAttribute("href")).filter(href -> href.startsWith(prefix))
                .map(href -> href.substring(prefix.length())).map(id -> id.replaceAll("[?#].*$", ""))
                .distinct().toList();
    }

    private static By linkTo(String path) {
        return By.cssSelector("a[href*='" + path + "']");
    }

    private List<WebElement> linksTo(String path) {
        return browser.driver().findElements(linkTo(path));
    }

    /** A picture of the page the browser shows; with the update flag, also the copy the README shows. */
    private void picture(String name) {
        Path file = browser.screenshot(name);
        if (Boolean.getBoolean(UPDATE_SCREENSHOTS)) {
            try {
                Files.createDirectories(committedScreenshots);
                Files.copy(file, committedScreenshots.resolve(file.getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The HTTP status a page answers a bearer token with: the browser shows the page, not its status. */
    private static int statusFor(String url, String bearer) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearer)
                .header("Accept", "text/html").timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String notification(String path) {
        return suite.baseUrl(NOTIFICATION) + path;
    }

    private static String decision(String path) {
        return suite.baseUrl(DECISION) + path;
    }

    private static String teams(String path) {
        return suite.baseUrl(TEAM) + path;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static void putBoundary(String team, long maxAmount, String maxRisk, String maxScope) {
        Response response = as(DECISION, governanceToken())
                .body(Map.of("maxBudget", money(maxAmount), "maxRisk", maxRisk, "maxScope", maxScope,
                        "reason", "Console browser test " + RUN))
                .put("/teams/{id}/boundaries/{category}", team, CATEGORY);
        assertThat(response.statusCode()).as(describe(response)).isEqualTo(201);
    }

    /** The member logs a decision, once decision-service knows the membership. */
    private static Decided decide(String title, long amount) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("teamId", SQUAD, "category", CATEGORY, "title", title,
                "rationale", "Console browser test " + RUN, "budget", money(amount), "risk", "MEDIUM",
                "scope", "TEAM", "reversible", true));
        Response[] response = new Response[1];
        await("decision-service knows " + MEMBER + " is a member of " + SQUAD).atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                    response[0] = as(DECISION, token(MEMBER)).body(body).post("/decisions");
                    assertThat(response[0].statusCode()).as(describe(response[0])).isNotEqualTo(403);
                });
        assertThat(response[0].statusCode()).as(describe(response[0])).isEqualTo(201);
        JsonNode decided = json(response[0]);
        JsonNode escalation = decided.path("escalation");
        return new Decided(decided.path("id").asText(), title,
                escalation.isObject() ? escalation.path("id").asText() : null);
    }

    /** The squad's escalations in notification-service's audit, with their status. */
    private static Map<String, String> auditedStatuses() {
        Response response = as(NOTIFICATION, governanceToken()).accept(ContentType.JSON).queryParam("teamId", SQUAD)
                .get("/audit/escalations");
        assertThat(response.statusCode()).as(describe(response)).isEqualTo(200);
        Map<String, String> statuses = new LinkedHashMap<>();
        items(json(response).path("items"))
                .forEach(item -> statuses.put(item.path("id").asText(), item.path("status").asText()));
        return statuses;
    }

    private static String adminToken() {
        return token(ADMIN, "admin");
    }

    private static String governanceToken() {
        return token(GOVERNANCE, "governance");
    }
}
