package io.remit.platform.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;

/**
 * Before every {@code @QuarkusTest} class of every service: a RestAssured assertion that fails prints the request
 * and the response it got, so a red test says what went over the wire. Registered as a service in the test jar.
 */
public class LogExchangeOnFailure implements QuarkusTestBeforeClassCallback {

    @Override
    public void beforeClass(Class<?> testClass) {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
