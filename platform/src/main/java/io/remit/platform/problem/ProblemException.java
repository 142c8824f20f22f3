package io.remit.platform.problem;

import java.util.List;

/**
 * A refusal the client can act on: the status it means (400, 403, 404, 409, 412, 422, ...), a slug naming the rule
 * (the problem type becomes {@code urn:remit:problem:<slug>}), a title and a detail. Services do not subclass it: they
 * construct it, mostly in a static factory per area with one method per domain rule ({@code TeamProblems},
 * {@code DecisionProblems}, ...). The mapping to problem+json is done once, here in the platform.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private Integer retryAfterSeconds;

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    /** Tells the client it may send the same request again after that many seconds (a {@code Retry-After}). */
    public ProblemException retryAfter(int seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    Problem toProblem(String instance) {
        return new Problem(Problem.TYPE_PREFIX + slug, title, status, getMessage(), instance, errors);
    }
}
