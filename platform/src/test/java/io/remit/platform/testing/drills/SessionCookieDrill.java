package io.remit.platform.testing.drills;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;

/**
 * No API accepts the console's session cookie (DESIGN, Faces): every operation of the service's committed contract,
 * sent with a governance token in the {@code remit-session} cookie and no Authorization header, is answered 401
 * exactly as an anonymous call is. Path parameters are filled with a placeholder; nothing is reached anyway.
 */
public final class SessionCookieDrill {

    static final String COOKIE = "remit-session";

    private SessionCookieDrill() {
    }

    /** Sends every operation with the cookie only and asserts each one's answer is 401. */
    public static void assertNoOperationAcceptsTheCookie(String governanceToken) {
        List<String> accepted = new ArrayList<>();
        for (String operation : Contract.operations()) {
            String[] parts = operation.split(" ", 2);
            String path = parts[1].replaceAll("\\{[^}]+}", "cookie-drill");
            // Not held to the contract: bodies are placeholders, and the drill is about who is let in.
            var request = given().noFilters().cookie(COOKIE, governanceToken).redirects().follow(false);
            if (!parts[0].equals("GET") && !parts[0].equals("DELETE")) {
                request.contentType(ContentType.JSON).body("{}");
            }
            int status = request.request(parts[0], path).statusCode();
            if (status != 401) {
                accepted.add(operation + " -> " + status);
            }
        }
        assertEquals(List.of(), accepted, "operations that did not answer a session cookie with 401");
    }
}
