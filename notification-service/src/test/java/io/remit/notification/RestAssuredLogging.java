package io.remit.notification;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Makes a failing RestAssured assertion print the request and the response it was about. Set before each test
 * rather than once in a static initializer, because Quarkus puts RestAssured's configuration back after every test to
 * what it was before it: this callback runs before Quarkus takes that copy.
 */
public class RestAssuredLogging implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
