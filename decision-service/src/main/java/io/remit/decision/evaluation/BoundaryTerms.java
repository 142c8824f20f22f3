package io.remit.decision.evaluation;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a team's decision right for one category. Validity is the half-open interval
 * [validFrom, validUntil) so that one version can end exactly where its successor begins.
 *
 * @param id          the stored version this is; null for a version not written yet
 * @param maxBudget   null grants no spending at all (not "unlimited")
 * @param validUntil  null means open-ended
 */
public record BoundaryTerms(String id, String teamId, String category, int version, Money maxBudget, Risk maxRisk,
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

    /**
     * The team's own boundary that applies to the decision: for its category and in force at its decidedAt; null when
     * the team has none. The map is meant to hold exactly that, but checking again keeps a stale entry from granting
     * rights.
     */
    public static BoundaryTerms ownBoundaryFor(String teamId, Map<String, BoundaryTerms> boundariesByTeam,
                                               DecisionFacts decision) {
        BoundaryTerms boundary = boundariesByTeam.get(teamId);
        boolean applies = boundary != null
                && boundary.teamId().equals(teamId)
                && boundary.category().equals(decision.category())
                && boundary.validAt(decision.decidedAt());
        return applies ? boundary : null;
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
