package io.remit.platform.openapi;

import io.remit.platform.problem.Problem;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error responses every operation shares (invalid input, missing or insufficient credentials, an Accept
 * header it cannot answer, a body too large or of a content type it does not take, unexpected failure, database
 * unavailable or busy; and the two the HTTP server answers itself, without a body) once, instead of on each endpoint,
 * and gives every error response an endpoint declares (its own 404, 409, 422, ...) the problem+json body, so an
 * annotation only says when and why.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private static final Map<String, String> SHARED = new TreeMap<>(Map.of(
            "400", "Malformed JSON, a wrong type or a failed validation; `errors` names the fields",
            "401", "No valid bearer token",
            "403", "The caller's roles or memberships do not allow this",
            "406", "The Accept header names no media type the operation can answer with",
            "413", "Request body too large (any request, whether or not the operation takes a body)",
            "415", "The body's content type is not one the operation accepts (or it takes no body)",
            "500", "Unexpected failure; `detail` carries a reference for the logs",
            "503", "The database cannot be reached (restarting or down), or concurrent changes to the same data held "
                    + "a lock longer than this request could wait: retry after the `Retry-After` seconds, with the "
                    + "same Idempotency-Key where there is one"));

    /** Answered by the HTTP server before any route, so without problem+json and without a body. */
    private static final Map<String, String> HTTP_LAYER = new TreeMap<>(Map.of(
            "414", "Request line (path and query) too long; answered by the HTTP server, without a body",
            "431", "Request headers too large; answered by the HTTP server, without a body"));

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        SHARED.forEach((status, description) -> {
            APIResponse response = responses.getAPIResponse(status);
            if (response == null) {
                responses.addAPIResponse(status, withRetryAfterIfUnavailable(status, problemResponse(description)));
            } else if (response.getContent() == null) {
                // Generated from the security annotations or the validated parameters, but without a body.
                response.description(description).content(problemResponse(description).getContent());
            }
        });
        responses.getAPIResponses().forEach((status, response) -> {
            if (isError(status) && response.getContent() == null) {
                response.content(problemResponse(response.getDescription()).getContent());
            }
        });
        HTTP_LAYER.forEach((status, description) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
        });
        return operation;
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static APIResponse withRetryAfterIfUnavailable(String status, APIResponse response) {
        if (!status.equals("503")) {
            return response;
        }
        return response.addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds to wait before retrying")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
    }

    private static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
    }
}
