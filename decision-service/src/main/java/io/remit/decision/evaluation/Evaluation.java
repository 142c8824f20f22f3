package io.remit.decision.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one decision.
 *
 * @param boundary               the deciding team's boundary that justified or refused the decision; null if none
 *                               played a part
 * @param escalationTargetTeamId where the escalation goes first (level 1); null when within remit
 */
public record Evaluation(Verdict verdict, List<String> reasons, BoundaryTerms boundary, String escalationTargetTeamId) {

    public Evaluation {
        Objects.requireNonNull(verdict, "verdict");
        reasons = List.copyOf(reasons);
        boolean escalated = verdict == Verdict.ESCALATED;
        if (escalated == reasons.isEmpty()) {
            throw new IllegalArgumentException("an escalation needs reasons and a decision within remit has none");
        }
        if (escalated == (escalationTargetTeamId == null)) {
            throw new IllegalArgumentException("an escalation needs a target and a decision within remit has none");
        }
    }

    public static Evaluation withinRemit(BoundaryTerms boundary) {
        return new Evaluation(Verdict.WITHIN_REMIT, List.of(), boundary, null);
    }

    public static Evaluation escalated(List<String> reasons, BoundaryTerms boundary, String targetTeamId) {
        return new Evaluation(Verdict.ESCALATED, reasons, boundary, targetTeamId);
    }
}
