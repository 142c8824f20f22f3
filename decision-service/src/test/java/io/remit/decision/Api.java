package io.remit.decision;

import static io.restassured.RestAssured.given;

import io.remit.platform.testing.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Requests as a given user, and the bodies tests send most. */
public final class Api {

    public static final String PROBLEM = "application/problem+json";

    private Api() {
    }

    public static RequestSpecification as(String userId, String... roles) {
        return given().auth().oauth2(DevTokens.token(userId, roles)).contentType(ContentType.JSON);
    }

    /** Requests carrying exactly this bearer token. */
    public static RequestSpecification withToken(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification asGovernance() {
        return as("gina-governance", "governance");
    }

    public static Map<String, Object> money(long amount, String currency) {
        return Map.of("amount", BigDecimal.valueOf(amount), "currency", currency);
    }

    /** A boundary body: budget in EUR (null for none), risk, scope. */
    public static Map<String, Object> boundary(Long maxBudgetEur, String maxRisk, String maxScope) {
        Map<String, Object> body = new HashMap<>();
        if (maxBudgetEur != null) {
            body.put("maxBudget", money(maxBudgetEur, "EUR"));
        }
        body.put("maxRisk", maxRisk);
        body.put("maxScope", maxScope);
        body.put("reason", "Set for the test");
        return body;
    }

    /** A reversible, low-risk, team-scoped decision with the given budget in EUR (null for none). */
    public static Map<String, Object> decision(String teamId, String category, Long budgetEur) {
        Map<String, Object> body = new HashMap<>();
        body.put("teamId", teamId);
        body.put("category", category);
        body.put("title", "Decision of " + teamId);
        body.put("risk", "LOW");
        body.put("scope", "TEAM");
        body.put("reversible", true);
        if (budgetEur != null) {
            body.put("budget", money(budgetEur, "EUR"));
        }
        return body;
    }

    public static void setBoundary(String teamId, String category, Map<String, Object> body) {
        asGovernance().body(body).put("/teams/{team}/boundaries/{category}", teamId, category)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200),
                        org.hamcrest.Matchers.is(201)));
    }
}
