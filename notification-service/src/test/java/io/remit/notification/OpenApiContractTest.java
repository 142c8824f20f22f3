package io.remit.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.KafkaBrokerResource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the committed contract (openapi.yaml beside the pom) in step with the API. After an intended change, run
 * {@code mvn verify -Dremit.openapi.update=true} once and commit the new file.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("openapi.yaml");

    @Test
    void shouldMatchCommittedContract() throws Exception {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("remit.openapi.update")) {
            Files.writeString(COMMITTED, served);
        }
        assertThat(Files.exists(COMMITTED)).as("committed contract %s", COMMITTED.toAbsolutePath()).isTrue();
        assertThat(served).as("served contract differs from %s; if intended, run with -Dremit.openapi.update=true",
                COMMITTED).isEqualTo(Files.readString(COMMITTED));
    }

    @Test
    void shouldServeSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
