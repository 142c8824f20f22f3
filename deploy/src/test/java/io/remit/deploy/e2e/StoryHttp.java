package io.remit.deploy.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.RepositoryFiles;
import io.remit.platform.testing.contract.ContractValidation;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** How the stories talk to the shared suite: as a person or a tool would, every exchange held to its contract. */
final class StoryHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoryHttp() {
    }

    /** A request to one service, its exchange held to that service's committed contract. */
    static RequestSpecification as(String service, String token) {
        return RestAssured.given().baseUri(SharedSuite.running().suite().baseUrl(service))
                .header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .filter(ContractValidation.of(RepositoryFiles.find(service + "/" + ContractValidation.COMMITTED)));
    }

    static String token(String user, String... roles) {
        return DevTokens.token(user, roles);
    }

    static Map<String, Object> money(long amount) {
        return Map.of("amount", amount, "currency", "EUR");
    }

    static JsonNode json(Response response) {
        return parse(response.asString());
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + text, e);
        }
    }

    static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(item -> item.path(field).asText()).toList();
    }

    static List<JsonNode> items(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    static String describe(Response response) {
        return "HTTP " + response.statusCode() + ": " + response.asString();
    }
}
