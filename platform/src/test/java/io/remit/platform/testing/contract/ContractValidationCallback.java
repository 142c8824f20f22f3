package io.remit.platform.testing.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Before each {@code @QuarkusTest} method of every service: every RestAssured exchange is checked against the
 * service's committed contract. Registered as a service in the platform's test jar.
 */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ContractValidation.installForEveryRequest();
    }
}
