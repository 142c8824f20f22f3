package io.remit.decision.evaluation;

import java.time.Instant;

/** A requested validity that a new boundary version cannot have (callers answer 400 or 422, by rule). */
public final class BoundaryVersionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Which rule of {@link BoundaryVersioning} the validity breaks. */
    public enum Rule {
        /** validFrom lies before now, beyond the clock skew; {@code at} is that validFrom. */
        STARTS_IN_THE_PAST,
        /** validUntil is not after validFrom; {@code at} is that validUntil. */
        ENDS_BEFORE_IT_STARTS,
        /** validFrom lies before the latest version's; {@code at} is when the latest version takes over. */
        STARTS_BEFORE_SCHEDULED_VERSION
    }

    private final Rule rule;
    private final transient Instant at;

    public BoundaryVersionRefusedException(Rule rule, Instant at) {
        super(rule + " (" + at + ")");
        this.rule = rule;
        this.at = at;
    }

    public Rule rule() {
        return rule;
    }

    public Instant at() {
        return at;
    }
}
