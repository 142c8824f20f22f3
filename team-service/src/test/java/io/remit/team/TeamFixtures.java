package io.remit.team;

import static io.restassured.RestAssured.given;

import io.remit.platform.testing.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Builds the organisation a test needs through the public API, with ids no other test uses. */
public final class TeamFixtures {

    /** The one root every test organisation hangs under. */
    public static final String ROOT = "root";

    private TeamFixtures() {
    }

    public static RequestSpecification asAdmin() {
        return given().auth().oauth2(DevTokens.token("ada-admin", "admin")).contentType(ContentType.JSON);
    }

    public static RequestSpecification asGovernance() {
        return given().auth().oauth2(DevTokens.token("gus-governance", "governance")).contentType(ContentType.JSON);
    }

    public static RequestSpecification asUser(String userId) {
        return given().auth().oauth2(DevTokens.token(userId)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asAuditor() {
        return given().auth().oauth2(DevTokens.token("aude-auditor", "auditor")).contentType(ContentType.JSON);
    }

    /** Puts a user into a team with the role (MEMBER or LEAD). */
    public static void addMember(String teamId, String userId, String role) {
        asAdmin().body(Map.of("role", role)).put("/teams/{t}/members/{u}", teamId, userId).then().statusCode(201);
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates the root unless an earlier test did. */
    public static String ensureRoot() {
        int status = asAdmin().body(Map.of("id", ROOT, "name", "Organisation")).post("/teams").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Cannot create the root team: " + status);
        }
        return ROOT;
    }

    /** Creates a team under the given parent and returns its id. */
    public static String createTeam(String parentId) {
        String id = uniqueId("team");
        asAdmin().body(Map.of("id", id, "name", "Team " + id, "parentId", parentId))
                .post("/teams").then().statusCode(201);
        return id;
    }

    public static String etagOf(String teamId) {
        return asAdmin().get("/teams/{id}", teamId).then().statusCode(200).extract().header("ETag");
    }
}
