package io.remit.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remit.platform.testing.contract.ContractViolation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps a service's committed contract ({@code openapi.yaml} beside its pom) in step with what it serves. After an
 * intended change, run {@code mvn verify -Dremit.openapi.update=true} once and commit the new file.
 */
public final class OpenApiContracts {

    private static final Path COMMITTED = Path.of("openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");
    /** A name every client generator turns into a method as it stands: a lower-case letter, then letters or digits. */
    private static final Pattern OPERATION_ID = Pattern.compile("^[a-z][A-Za-z0-9]*$");

    private OpenApiContracts() {
    }

    public static void assertServedContractIsCommitted() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("remit.openapi.update")) {
            Files.writeString(COMMITTED, served);
        }
        assertTrue(Files.exists(COMMITTED), "committed contract missing: " + COMMITTED.toAbsolutePath());
        assertEquals(Files.readString(COMMITTED), served,
                "served contract differs from " + COMMITTED + "; if intended, run with -Dremit.openapi.update=true");
    }

    /**
     * Every exchange of the service's tests is held to its committed contract (installed by the platform's test jar):
     * a request for an operation the contract does not have fails before it is sent.
     */
    public static void assertExchangesAreHeldToTheContract() {
        ContractViolation refused = assertThrows(ContractViolation.class,
                () -> given().get("/not-an-operation-of-any-contract"));
        assertTrue(refused.getMessage().startsWith("GET /not-an-operation-of-any-contract is not an operation of "),
                refused.getMessage());
    }

    public static void assertSwaggerUiServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /** Every operation served has an operationId that is camelCase and unique in the document. */
    public static void assertEveryOperationIdIsClientFriendly() throws IOException {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        List<String> problems = operationIdProblems(new ObjectMapper().readTree(served));
        assertTrue(problems.isEmpty(), "operationIds a generated client cannot use:\n" + String.join("\n", problems));
    }

    /** What is wrong with the operationIds of an OpenAPI document, one line per operation; empty when nothing is. */
    public static List<String> operationIdProblems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        Map<String, String> firstUse = new HashMap<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (!METHODS.contains(operation.getKey())) {
                return;
            }
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            JsonNode id = operation.getValue().path("operationId");
            if (!id.isTextual()) {
                problems.add(name + ": no operationId");
            } else if (!OPERATION_ID.matcher(id.asText()).matches()) {
                problems.add(name + ": operationId '" + id.asText() + "' does not match " + OPERATION_ID);
            } else {
                String earlier = firstUse.putIfAbsent(id.asText(), name);
                if (earlier != null) {
                    problems.add(name + ": operationId '" + id.asText() + "' is already used by " + earlier);
                }
            }
        }));
        return problems;
    }
}
