package io.remit.decision.evaluation;

/**
 * A boundary write would let a team decide more than a team above it (callers answer 409).
 *
 * @see #dimension() one of "maxBudget", "maxRisk", "maxScope", "irreversibleAllowed"
 */
public final class NestingConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String otherTeamId;
    private final String dimension;
    private final String detail;

    public NestingConflictException(String otherTeamId, String dimension, String detail) {
        super(detail);
        this.otherTeamId = otherTeamId;
        this.dimension = dimension;
        this.detail = detail;
    }

    public String otherTeamId() {
        return otherTeamId;
    }

    public String dimension() {
        return dimension;
    }

    public String detail() {
        return detail;
    }
}
