package io.remit.notification.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Signing in to the console (DESIGN, Faces): the dev sign-in and a pasted token both end in a session cookie that
 * console pages accept and no API does; forms carry a CSRF token; anonymous visitors are sent to the sign-in page.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class ConsoleSignInTest {

    private static final String SESSION = "remit-session";

    private static final String CSRF = "remit-csrf";

    @Test
    void shouldSignInWithTheDevSignInAndKeepTheSessionInAConsoleOnlyCookie() {
        Form form = signInForm();
        String user = "gina-" + UUID.randomUUID();

        Response signedIn = given().redirects().follow(false).cookie(CSRF, form.csrfCookie())
                .formParam("csrf-token", form.csrfField()).formParam("user", user)
                .formParam("roles", "governance").formParam("next", "/console/views")
                .post("/console/sign-in");

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/console/views");
        String setCookie = signedIn.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SESSION + "=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .contains("Path=/console");
        String session = signedIn.cookie(SESSION);

        given().redirects().follow(false).cookie(SESSION, session).get("/console/views").then().statusCode(200)
                .body(containsString("Signed in as <strong>" + user + "</strong>"))
                .body(containsString("console views"));
    }

    @Test
    void shouldSignInWithAPastedTokenAndRefuseOneThatDoesNotVerify() {
        Form form = signInForm();
        String token = DevTokens.token("aud-" + UUID.randomUUID(), "auditor");

        Response signedIn = given().redirects().follow(false).cookie(CSRF, form.csrfCookie())
                .formParam("csrf-token", form.csrfField()).formParam("token", "Bearer " + token)
                .post("/console/sign-in");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(pathOf(signedIn.header("Location"))).isEqualTo("/console");
        assertThat(signedIn.cookie(SESSION)).isEqualTo(token);

        given().cookie(CSRF, form.csrfCookie()).formParam("csrf-token", form.csrfField())
                .formParam("token", DevTokens.expiredToken("late", "governance"))
                .post("/console/sign-in")
                .then().statusCode(401).contentType(containsString("text/html"))
                .body(containsString("does not verify"));
    }

    @Test
    void noApiAcceptsTheSessionCookie() {
        String token = DevTokens.token("gov-" + UUID.randomUUID(), "governance");

        given().cookie(SESSION, token).get("/notifications").then().statusCode(401)
                .contentType(containsString("application/problem+json"));
        given().cookie(SESSION, token).get("/audit/escalations").then().statusCode(401);
        given().redirects().follow(false).cookie(SESSION, token).get("/console/views").then().statusCode(200);
    }

    @Test
    void shouldSendAnonymousVisitorsToTheSignInPageAndComeBackAfterwards() {
        Response anonymous = given().redirects().follow(false).get("/console/views?after=x");

        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.header("Location")).endsWith("/console/sign-in?next=%2Fconsole%2Fviews%3Fafter%3Dx");
    }

    @Test
    void shouldTreatAnExpiredSessionAsNoSession() {
        Response stale = given().redirects().follow(false)
                .cookie(SESSION, DevTokens.expiredToken("old", "governance")).get("/console/views");

        assertThat(stale.statusCode()).isEqualTo(303);
        assertThat(pathOf(stale.header("Location"))).isEqualTo("/console/sign-in");
        assertThat(stale.header("Set-Cookie")).startsWith(SESSION + "=;").contains("Max-Age=0");
    }

    @Test
    void shouldShowAMemberThatTheAuditPagesAreNotTheirsAsAnHtmlPage() {
        given().header("Authorization", DevTokens.bearer("member-" + UUID.randomUUID()))
                .get("/console/views")
                .then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("for governance and auditors"));
    }

    @Test
    void shouldRefuseAFormWithoutItsCsrfToken() {
        given().redirects().follow(false).formParam("user", "mallory").formParam("roles", "governance")
                .post("/console/sign-in")
                .then().statusCode(400)
                .header("Set-Cookie", not(containsString(SESSION + "=ey")));
    }

    @Test
    void shouldNeverForwardToAnotherSiteAfterSigningIn() {
        Form form = signInForm();

        Response signedIn = given().redirects().follow(false).cookie(CSRF, form.csrfCookie())
                .formParam("csrf-token", form.csrfField()).formParam("user", "eve")
                .formParam("next", "https://evil.example/console").post("/console/sign-in");

        assertThat(pathOf(signedIn.header("Location"))).isEqualTo("/console");
    }

    @Test
    void shouldRememberAChosenTimeZoneAndRefuseAnUnknownOne() {
        String bearer = DevTokens.bearer("gov-" + UUID.randomUUID(), "governance");

        Response zurich = given().header("Authorization", bearer).get("/console/views?tz=Europe/Zurich");
        assertThat(zurich.statusCode()).isEqualTo(200);
        assertThat(zurich.cookie("remit-tz")).isEqualTo("Europe/Zurich");
        assertThat(zurich.body().asString()).contains("times in Europe/Zurich");
        assertThat(zurich.header("Content-Security-Policy")).contains("frame-ancestors 'none'");

        given().header("Authorization", bearer).get("/console/views?tz=Mars/Olympus").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("Unknown time zone"));
    }

    @Test
    void shouldAnswerAnUnknownConsolePathWithA404Page() {
        given().header("Authorization", DevTokens.bearer("gov-" + UUID.randomUUID(), "governance"))
                .get("/console/no-such-page")
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Sign in"));
    }

    @Test
    void shouldRecordEachViewWithItsFilters() {
        String viewer = "aud-" + UUID.randomUUID();
        String bearer = DevTokens.bearer(viewer, "auditor");

        given().header("Authorization", bearer).get("/console/views?after=zzzz").then().statusCode(200);

        given().header("Authorization", DevTokens.bearer("gov-" + UUID.randomUUID(), "governance"))
                .get("/console/views").then().statusCode(200)
                .body(containsString(viewer)).body(containsString("after=zzzz"));
    }

    private static String pathOf(String location) {
        return java.net.URI.create(location).getPath();
    }

    private record Form(String csrfCookie, String csrfField) {
    }

    private static Form signInForm() {
        Response page = given().get("/console/sign-in");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body().asString();
        assertThat(html).contains("Dev sign-in").contains("name=\"token\"");
        java.util.regex.Matcher field = java.util.regex.Pattern
                .compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(html);
        assertThat(field.find()).as("the form carries a CSRF token").isTrue();
        return new Form(page.cookie(CSRF), field.group(1));
    }
}
