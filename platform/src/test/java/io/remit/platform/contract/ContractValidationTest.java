package io.remit.platform.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.remit.platform.testing.contract.ContractDocument;
import io.remit.platform.testing.contract.ContractValidation;
import io.remit.platform.testing.contract.ContractViolation;
import io.restassured.builder.ResponseBuilder;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The contract filter against a tiny stub contract, with stub responses in place of a server: a conforming exchange
 * passes, and each way of breaking the contract fails with the operation, status, pointer and message.
 */
class ContractValidationTest {

    private static final String STUB = """
            openapi: 3.1.0
            info: {title: stub, version: "1"}
            paths:
              /pets/{id}:
                get:
                  operationId: getPet
                  responses:
                    "200":
                      description: The pet
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/Pet"}
                    "404":
                      description: No such pet
                      content:
                        application/problem+json:
                          schema: {type: object, required: [status], properties: {status: {type: integer}}}
              /pets/mine:
                get:
                  responses:
                    "204": {description: No pet}
              /pets:
                post:
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: "#/components/schemas/Pet"}
                  responses:
                    "201":
                      description: Created
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/Pet"}
                    default:
                      description: Any error
                      content:
                        application/problem+json:
                          schema: {type: object}
            components:
              schemas:
                Pet:
                  type: object
                  required: [id]
                  properties:
                    id: {type: string}
                    nickname: {type: string}
                    next: {type: [string, "null"]}
                    kind: {type: string, enum: [CAT, DOG]}
            """;

    private static final ContractDocument CONTRACT = ContractDocument.parse("stub", STUB);
    private static final String BASE = "http://stub.invalid";

    private final ContractValidation validation = ContractValidation.of(CONTRACT);

    @Test
    void shouldPassAConformingResponse() {
        Response response = assertDoesNotThrow(() -> given().filter(validation)
                .filter(answer(200, "application/json", "{\"id\":\"rex\",\"kind\":\"DOG\",\"next\":null}"))
                .get(BASE + "/pets/rex"));
        assertEquals(200, response.statusCode());
    }

    @Test
    void shouldFailAResponseBodyThatBreaksTheSchema() {
        ContractViolation violation = assertThrows(ContractViolation.class, () -> given().filter(validation)
                .filter(answer(200, "application/json", "{\"id\":\"rex\",\"nickname\":null,\"kind\":\"BIRD\"}"))
                .get(BASE + "/pets/rex"));
        String message = violation.getMessage();
        assertTrue(message.startsWith("getPet GET /pets/{id} -> 200 application/json"), message);
        assertTrue(message.contains("\n  /nickname: null found, string expected"), message);
        assertTrue(message.contains("\n  /kind: does not have a value in the enumeration [\"CAT\", \"DOG\"]"), message);
        assertEquals(200, violation.response().statusCode());
    }

    @Test
    void shouldFailAnUndeclaredStatusOrContentType() {
        String undeclared = assertThrows(ContractViolation.class, () -> given().filter(validation)
                .filter(answer(500, "application/problem+json", "{\"status\":500}")).get(BASE + "/pets/rex"))
                .getMessage();
        assertTrue(undeclared.contains("-> 500: status not declared"), undeclared);
        String wrongType = assertThrows(ContractViolation.class, () -> given().filter(validation)
                .filter(answer(404, "application/json", "{\"status\":404}")).get(BASE + "/pets/rex")).getMessage();
        assertTrue(wrongType.contains("-> 404: content type 'application/json' is not declared"), wrongType);
    }

    @Test
    void shouldCoverAStatusByDefaultAndPreferTheLiteralPath() {
        assertDoesNotThrow(() -> given().filter(validation).filter(answer(409, "application/problem+json", "{}"))
                .contentType(ContentType.JSON).body("{\"id\":\"rex\"}").post(BASE + "/pets"));
        assertDoesNotThrow(() -> given().filter(validation).filter(answer(204, null, "")).get(BASE + "/pets/mine"));
    }

    @Test
    void shouldFailAnUndocumentedOperationBeforeSendingIt() {
        AtomicInteger sent = new AtomicInteger();
        ContractViolation violation = assertThrows(ContractViolation.class, () -> given().filter(validation)
                .filter(counting(sent, answer(200, "application/json", "{}"))).delete(BASE + "/pets/rex"));
        assertEquals("DELETE /pets/rex is not an operation of stub", violation.getMessage());
        assertNull(violation.response());
        assertEquals(0, sent.get());
    }

    @Test
    void shouldMatchThePathTheServerRoutesDotSegmentsTo() {
        assertDoesNotThrow(() -> given().filter(validation).urlEncodingEnabled(false)
                .filter(answer(200, "application/json", "{\"id\":\"rex\"}")).get(BASE + "/pets/x/%2e%2e/rex/."));
        String message = assertThrows(ContractViolation.class, () -> given().filter(validation)
                .urlEncodingEnabled(false).filter(answer(200, "application/json", "{}")).get(BASE + "/pets/rex/.."))
                .getMessage();
        assertEquals("GET /pets is not an operation of stub", message);
    }

    @Test
    void shouldLeaveFrameworkEndpointsAlone() {
        assertDoesNotThrow(() -> given().filter(validation).filter(answer(200, "text/plain", "UP"))
                .get(BASE + "/q/health"));
    }

    @Test
    void shouldFailARequestBodyThatBreaksTheSchema() {
        AtomicInteger sent = new AtomicInteger();
        ContractViolation violation = assertThrows(ContractViolation.class, () -> given().filter(validation)
                .filter(counting(sent, answer(201, "application/json", "{\"id\":\"rex\"}")))
                .contentType(ContentType.JSON).body("{\"nickname\":\"Rex\"}").post(BASE + "/pets"));
        assertTrue(violation.getMessage().startsWith("POST /pets request (application/json) breaks"),
                violation.getMessage());
        assertTrue(violation.getMessage().contains("\n  (root): required property 'id' not found"),
                violation.getMessage());
        assertEquals(0, sent.get());
    }

    @Test
    void shouldCheckOnlyTheResponseOfARequestThatIsInvalidOnPurpose() {
        Response response = assertDoesNotThrow(() -> given().filter(validation).filter(validation.ignoringRequests())
                .filter(answer(400, "application/problem+json", "{\"status\":400}"))
                .contentType(ContentType.JSON).body("{\"id\":").post(BASE + "/pets"));
        assertEquals(400, response.statusCode());
        ContractViolation violation = assertThrows(ContractViolation.class, () -> given()
                .filter(validation).filter(validation.ignoringRequests())
                .filter(answer(201, "application/json", "{\"kind\":\"CAT\"}"))
                .contentType(ContentType.JSON).body("{\"id\":").post(BASE + "/pets"));
        assertTrue(violation.getMessage().contains("POST /pets -> 201"), violation.getMessage());
    }

    /** Stands in for the server: answers without sending anything. */
    private static Filter answer(int status, String contentType, String body) {
        return (request, responseSpec, context) -> {
            ResponseBuilder response = new ResponseBuilder().setStatusCode(status).setStatusLine("HTTP/1.1 " + status)
                    .setBody(body);
            if (contentType != null) {
                response.setContentType(contentType);
            }
            return response.build();
        };
    }

    private static Filter counting(AtomicInteger sent, Filter next) {
        return (request, responseSpec, context) -> {
            sent.incrementAndGet();
            return next.filter(request, responseSpec, context);
        };
    }
}
