package io.remit.team;

import static io.remit.team.TeamFixtures.asUser;
import static io.remit.team.TeamFixtures.createTeam;
import static io.remit.team.TeamFixtures.ensureRoot;
import static io.remit.team.TeamFixtures.uniqueId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import io.restassured.http.ContentType;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class SecurityTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    JWTParser jwtParser;

    @BeforeEach
    void organisation() {
        ensureRoot();
    }

    @Test
    void shouldAnswer401WithoutToken() {
        given().get("/teams").then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer");
        given().contentType(ContentType.JSON).body(Map.of("id", uniqueId("anon"), "name", "Anon", "parentId", "root"))
                .post("/teams").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void shouldAnswer401ForBadTokens() {
        given().auth().oauth2("not.a.token").get("/teams").then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(DevTokens.expiredToken("late", "admin")).get("/teams").then().statusCode(401);
        given().auth().oauth2(DevTokens.foreignIssuerToken("spoof", "admin")).get("/teams").then().statusCode(401);
        given().auth().oauth2(DevTokens.otherAudienceToken("elsewhere", "admin")).get("/teams").then()
                .statusCode(401);
        String unsigned = DevTokens.token("mallory", "admin").replaceFirst("\\.[^.]+$", ".");
        given().auth().oauth2(unsigned).get("/teams").then().statusCode(401);
    }

    @Test
    void shouldRefuseATokenWithoutSubject() {
        given().auth().oauth2(DevTokens.tokenWithoutSubject("alice", "admin")).get("/teams").then().statusCode(401)
                .contentType(PROBLEM).header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(DevTokens.tokenWithoutSubject("alice", "admin")).contentType(ContentType.JSON)
                .body(Map.of("id", uniqueId("nosub"), "name", "No sub", "parentId", "root"))
                .post("/teams").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void shouldAnswer403ForWritesWithoutRole() {
        String team = createTeam("root");
        asUser("plain-user").body(Map.of("id", uniqueId("nope"), "name", "Nope", "parentId", "root"))
                .post("/teams").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(DevTokens.token("bot", "integration")).contentType(ContentType.JSON)
                .body(Map.of("role", "LEAD")).put("/teams/{id}/members/{user}", team, "bot")
                .then().statusCode(403);
        asUser("plain-user").post("/teams/{id}/archive", team).then().statusCode(403);
        asUser("plain-user").get("/teams/{id}", team).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void shouldVerifyARepeatedTokenOnceAndEveryAlteredCopyInFull() throws ParseException {
        String token = DevTokens.token(uniqueId("repeat"), "admin");
        assertSame(jwtParser.parse(token), jwtParser.parse(token));

        given().auth().oauth2(token).get("/teams").then().statusCode(200);
        int last = token.length() - 2;
        String forged = token.substring(0, last) + (token.charAt(last) == 'A' ? 'B' : 'A') + token.charAt(last + 1);
        given().auth().oauth2(forged).get("/teams").then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(token + " ").get("/teams").then().statusCode(200);
    }

    @Test
    void shouldServeHealthAndOpenApiWithoutToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
