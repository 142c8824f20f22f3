package io.remit.platform.testing.contract;

import io.restassured.response.Response;

/** An exchange that breaks the committed contract; carries the response when there was one. */
public final class ContractViolation extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final transient Response response;

    ContractViolation(String message, Response response) {
        super(message);
        this.response = response;
    }

    /** The response that broke the contract, or null when the request did (and was not sent). */
    public Response response() {
        return response;
    }
}
