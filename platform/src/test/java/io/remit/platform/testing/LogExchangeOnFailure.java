package io.remit.platform.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Before every test of every service's {@code @QuarkusTest} classes: a RestAssured assertion that fails prints the
 * request and the response it got, so a red test says what went over the wire. Set before each test, not once,
 * because Quarkus restores RestAssured's configuration after every test to the copy it took before it, and this
 * callback runs before that copy is taken. Registered as a service in the test jar.
 */
public class LogExchangeOnFailure implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
