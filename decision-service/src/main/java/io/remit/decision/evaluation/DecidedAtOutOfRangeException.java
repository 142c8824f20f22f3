package io.remit.decision.evaluation;

/** A decidedAt the log cannot accept (callers answer 422). */
public final class DecidedAtOutOfRangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String detail;

    public DecidedAtOutOfRangeException(String detail) {
        super(detail);
        this.detail = detail;
    }

    public String detail() {
        return detail;
    }
}
