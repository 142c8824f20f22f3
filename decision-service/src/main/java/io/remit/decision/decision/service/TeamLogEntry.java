package io.remit.decision.decision.service;

import io.remit.decision.decision.domain.Decision;
import io.remit.decision.decision.domain.DecisionAct;
import io.remit.decision.escalation.domain.EscalationStep;
import io.remit.decision.evaluation.Verdict;
import io.remit.decision.shared.DecisionStatus;
import io.remit.decision.shared.StatusChange;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One entry of a team's log as a person reads it, whichever of the three kinds of row holds it. {@code action} is the
 * step's or act's action (null for a decision); {@code title}, {@code verdict} and {@code status} are a decision's
 * (its status now); {@code decisionId} is the decision the entry belongs to, whatever its kind; {@code note} is a
 * step's comment or an act's reason.
 */
public record TeamLogEntry(long logSeq, Kind kind, String action, Instant at, String decisionId,
        String escalationId, String title, Verdict verdict, DecisionStatus status, String actor, String onBehalfOf,
        String note, List<StatusChange> statusChanges, String hash) {

    /** Which row of the team's log an entry is. */
    public enum Kind { DECISION, ESCALATION_STEP, DECISION_ACT }

    static TeamLogEntry of(Decision d) {
        return new TeamLogEntry(d.logSeq, Kind.DECISION, null, d.recordedAt, d.id, null, d.content.title, d.verdict,
                d.status, d.recordedBy, null, null, d.statusChanges(), d.hash);
    }

    /** A step of the escalation of decision {@code decisionId}. */
    static TeamLogEntry of(EscalationStep s, String decisionId) {
        return new TeamLogEntry(s.logSeq, Kind.ESCALATION_STEP, s.action.name(), s.occurredAt, decisionId,
                s.escalationId, null, null, null, s.actor, s.onBehalfOf, s.comment, s.statusChanges(), s.hash);
    }

    static TeamLogEntry of(DecisionAct a) {
        return new TeamLogEntry(a.logSeq, Kind.DECISION_ACT, a.action, a.occurredAt, a.decisionId, null, null, null,
                null, a.actor, a.onBehalfOf, a.reason, a.statusChanges == null ? List.of() : a.statusChanges, a.hash);
    }

    /** "decision", "escalation opened", "escalation moved up", "decision withdrawn", ... */
    public String label() {
        return switch (kind) {
            case DECISION -> "decision";
            case ESCALATION_STEP -> "escalation " + words(action);
            case DECISION_ACT -> "decision " + words(action);
        };
    }

    /** The status this entry gave the decision, or null when it changed none (or changed another one's). */
    public DecisionStatus statusGivenTo(String decision) {
        return statusChanges.stream().filter(c -> c.decisionId().equals(decision)).map(StatusChange::status)
                .findFirst().orElse(null);
    }

    private static String words(String action) {
        return action.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
