package io.remit.decision.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one decision.
 *
 * @param boundary               the deciding team's boundary that justified or refused the decision; null if none
 *                               played a part
 * @param escalationTargetTeamId where the escalation goes first (level 1); null when within remit
 * @param escalationSkipped      the ancestors that first routing passed over, nearest first; empty when within remit
 */
public record Evaluation(Verdict verdict, List<String> reasons, BoundaryTerms boundary, String escalationTargetTeamId,
                         List<SkippedTeam> escalationSkipped) {

    public Evaluation {
        Objects.requireNonNull(verdict, "verdict");
        reasons = List.copyOf(reasons);
        escalationSkipped = List.copyOf(escalationSkipped);
        boolean escalated = verdict == Verdict.ESCALATED;
        if (escalated == reasons.isEmpty()) {
            throw new IllegalArgumentException("an escalation needs reasons and a decision within remit has none");
        }
        if (escalated == (escalationTargetTeamId == null)) {
            throw new IllegalArgumentException("an escalation needs a target and a decision within remit has none");
        }
        if (!escalated && !escalationSkipped.isEmpty()) {
            throw new IllegalArgumentException("a decision within remit is routed nowhere, so it skips no team");
        }
    }

    /** A verdict whose routing (if any) passed over no team. */
    public Evaluation(Verdict verdict, List<String> reasons, BoundaryTerms boundary, String escalationTargetTeamId) {
        this(verdict, reasons, boundary, escalationTargetTeamId, List.of());
    }

    public static Evaluation withinRemit(BoundaryTerms boundary) {
        return new Evaluation(Verdict.WITHIN_REMIT, List.of(), boundary, null);
    }

    /** Escalated to the nearest ancestor, which the first routing level reached without passing over any team. */
    public static Evaluation escalated(List<String> reasons, BoundaryTerms boundary, String targetTeamId) {
        return new Evaluation(Verdict.ESCALATED, reasons, boundary, targetTeamId);
    }

    public static Evaluation escalated(List<String> reasons, BoundaryTerms boundary, EscalationRoute route) {
        return new Evaluation(Verdict.ESCALATED, reasons, boundary, route.targetTeamId(), route.skipped());
    }
}
