package io.remit.team;

import static io.remit.team.TeamFixtures.asAdmin;
import static io.remit.team.TeamFixtures.ensureRoot;
import static io.remit.team.TeamFixtures.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.contract.ContractValidation;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear problem+json answer and writes nothing. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class RequestErrorsTest {

    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/teams")
    URL teams;

    @BeforeEach
    void organisation() {
        ensureRoot();
    }

    /** An admin's request that is invalid on purpose: only its answer is held to the contract. */
    private static RequestSpecification badInput() {
        return asAdmin().filter(ContractValidation.responsesOnly());
    }

    @Test
    void shouldAnswer400ForMalformedJson() {
        badInput().body("{\"id\": \"x\", ").post("/teams")
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
    }

    @Test
    void shouldAnswer400WithFieldForWrongTypes() {
        String id = uniqueId("typed");
        badInput().body("{\"id\": \"" + id + "\", \"name\": \"T\", \"parentId\": \"root\", \"contacts\": 42}")
                .post("/teams")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("contacts"));
        asAdmin().get("/teams/{id}", id).then().statusCode(404);
    }

    @Test
    void shouldAnswer400ForUnknownEnumValue() {
        badInput().body(Map.of("id", uniqueId("enum"), "name", "T", "parentId", "root", "status", "SLEEPING"))
                .post("/teams")
                .then().statusCode(400).body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("ACTIVE"));
    }

    @Test
    void shouldAnswer400ForUnknownField() {
        badInput().body(Map.of("id", uniqueId("extra"), "name", "T", "parentId", "root", "colour", "blue"))
                .post("/teams")
                .then().statusCode(400).body("errors[0].field", equalTo("colour"));
    }

    @Test
    void shouldAnswer400ForFieldGivenTwice() {
        badInput().body("{\"role\": \"LEAD\", \"role\": \"MEMBER\"}")
                .put("/teams/{id}/members/{user}", "root", uniqueId("twice"))
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldAnswer400InsteadOfCoercingWrongTypes() {
        badInput().body("{\"id\": true, \"name\": \"T\", \"parentId\": \"root\"}").post("/teams")
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
        badInput().body("{\"id\": \"" + uniqueId("num") + "\", \"name\": 12345, \"parentId\": \"root\"}")
                .post("/teams").then().statusCode(400).body("errors[0].field", equalTo("name"));
        badInput().body("{\"role\": 1}").put("/teams/{id}/members/{user}", "root", uniqueId("one"))
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        badInput().body("{\"id\": \"" + uniqueId("tail") + "\", \"name\": \"T\", \"parentId\": \"root\"} {")
                .post("/teams").then().statusCode(400);
    }

    @Test
    void shouldAnswer400ForNulCharactersInPathQueryOrBody() {
        asAdmin().urlEncodingEnabled(false).get("/teams/abc%00def").then().statusCode(400).contentType(PROBLEM);
        asAdmin().urlEncodingEnabled(false).get("/teams?after=%00").then().statusCode(400).contentType(PROBLEM);
        badInput().body("{\"id\": \"" + uniqueId("nul") + "\", \"name\": \"a\\u0000b\", \"parentId\": \"root\"}")
                .post("/teams").then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void shouldAnswer400ForMissingBody() {
        badInput().post("/teams").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldAnswer413ForOversizedBody() {
        String huge = "x".repeat(200_000);
        badInput().body(Map.of("id", uniqueId("huge"), "name", huge, "parentId", "root")).post("/teams")
                .then().statusCode(413).contentType(PROBLEM);
    }

    /**
     * A body sent in chunks declares no length: the HTTP server counts it as it arrives and stops it at the same limit.
     * Its 413 is written by the server's body reader itself, so it carries no problem body (see the README).
     */
    @Test
    void shouldStopOversizedChunkedBodiesAtTheSameLimit() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int size : new int[] {100_000, 2_000_000}) {
            String id = uniqueId("chunked");
            byte[] body = ("{\"id\": \"" + id + "\", \"name\": \"" + "x".repeat(size) + "\", \"parentId\": \"root\"}")
                    .getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(teams.toURI())
                    .header("Authorization", "Bearer " + DevTokens.token(uniqueId("ada"), "admin"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                    .build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as("status for %d bytes", body.length).isEqualTo(413);
            } catch (IOException closedWhileSending) {
                // The server closes the connection after its 413: a client still sending may see only the close.
                assertThat(closedWhileSending).isNotNull();
            }
            asAdmin().get("/teams/{id}", id).then().statusCode(404);
        }
    }

    @Test
    void shouldAnswer415ForWrongContentType() {
        badInput().contentType("text/plain").body("hello").post("/teams")
                .then().statusCode(415).contentType(PROBLEM);
    }
}
