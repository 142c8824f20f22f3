package io.remit.team;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.OpenApiContracts;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi.yaml is the contract this service serves, with Swagger UI in every build; every exchange of
 * the tests is checked against it.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class OpenApiContractTest {

    @Test
    void shouldServeTheCommittedContract() throws Exception {
        OpenApiContracts.assertServedContractIsCommitted();
    }

    @Test
    void shouldNameEveryOperationForGeneratedClients() throws Exception {
        OpenApiContracts.assertEveryOperationIdIsClientFriendly();
    }

    @Test
    void shouldHoldEveryExchangeOfTheTestsToTheContract() {
        OpenApiContracts.assertExchangesAreHeldToTheContract();
    }

    @Test
    void shouldServeSwaggerUi() {
        OpenApiContracts.assertSwaggerUiServed();
    }
}
