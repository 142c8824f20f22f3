package io.remit.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps a service's committed contract ({@code openapi.yaml} beside its pom) in step with what it serves. After an
 * intended change, run {@code mvn verify -Dremit.openapi.update=true} once and commit the new file.
 */
public final class OpenApiContracts {

    private static final Path COMMITTED = Path.of("openapi.yaml");

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

    public static void assertSwaggerUiServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
