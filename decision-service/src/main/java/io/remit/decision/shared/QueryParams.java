package io.remit.decision.shared;

import io.remit.platform.problem.Problem;
import io.remit.platform.problem.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads typed query parameters, answering 400 with the parameter's name when one is malformed. */
public final class QueryParams {

    private QueryParams() {
    }

    public static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            String message = "must be an ISO-8601 UTC time such as 2026-11-22T10:00:00Z";
            throw new ProblemException(400, "validation", "Request is not valid", name + ": " + message,
                    List.of(new Problem.FieldError(name, message)));
        }
    }
}
