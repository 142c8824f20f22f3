package io.remit.decision.evaluation;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a team's decision right for one category. Validity is the half-open interval
 * [validFrom, validUntil) so that one version can end exactly where its successor begins.
 *
 * @param maxBudget   null grants no spending at all (not "unlimited")
 * @param validUntil  null means open-ended
 */
public record BoundaryTerms(String teamId, String category, int version, Money maxBudget, Risk maxRisk,
                            Scope maxScope, boolean irreversibleAllowed, Instant validFrom, Instant validUntil) {

    public BoundaryTerms {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(maxRisk, "maxRisk");
        Objects.requireNonNull(maxScope, "maxScope");
        Objects.requireNonNull(validFrom, "validFrom");
        if (version < 1) {
            throw new IllegalArgumentException("versions are numbered from 1, was " + version);
        }
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("validUntil " + validUntil + " must lie after validFrom " + validFrom);
        }
    }

    public boolean validAt(Instant t) {
        return !t.isBefore(validFrom) && (validUntil == null || t.isBefore(validUntil));
    }

    /** Time only: whether both versions are in force at some common instant, whatever their team or category. */
    public boolean overlaps(BoundaryTerms other) {
        return startsBeforeEndOf(this, other) && startsBeforeEndOf(other, this);
    }

    private static boolean startsBeforeEndOf(BoundaryTerms a, BoundaryTerms b) {
        return b.validUntil == null || a.validFrom.isBefore(b.validUntil);
    }
}
