package io.remit.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "An error, as RFC 9457 problem details (application/problem+json).")
public record Problem(
        @Schema(description = "URI identifying the kind of problem", example = "urn:remit:problem:validation")
        String type,
        @Schema(description = "Short summary of the kind of problem", example = "Request is not valid")
        String title,
        @Schema(description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "What went wrong in this occurrence", example = "name: must not be blank")
        String detail,
        @Schema(description = "The request path", example = "/teams")
        String instance,
        @Schema(description = "One entry per invalid field")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:remit:problem:";

    /** An invalid field: {@code field} is its JSON path in the request, e.g. {@code contacts.email}. */
    public record FieldError(
            @Schema(example = "name") String field,
            @Schema(example = "must not be blank") String message) {
    }
}
