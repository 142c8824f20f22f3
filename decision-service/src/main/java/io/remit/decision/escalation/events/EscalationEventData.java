package io.remit.decision.escalation.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.remit.decision.escalation.domain.Escalation;
import io.remit.decision.escalation.domain.EscalationStatus;
import io.remit.decision.escalation.domain.EscalationVote;
import io.remit.decision.evaluation.Quorum;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import io.remit.decision.evaluation.SkipReason;
import io.remit.decision.evaluation.SkippedTeam;
import io.remit.decision.events.DecisionEvents;
import io.remit.decision.events.EventMoney;
import java.time.Instant;
import java.util.List;

/** The data of the escalation events; their JSON Schemas are under src/main/resources/schemas. */
public final class EscalationEventData {

    private EscalationEventData() {
    }

    /** remit.decision.escalated.v1: the decision and where its escalation now stands. */
    public record Escalated(DecisionSnapshot decision, EscalationSnapshot escalation) implements EscalationEvent {
        /** @param skipped the teams the routing to the current level passed over, nearest first */
        public static Escalated of(Escalation escalation, List<SkippedTeam> skipped) {
            return new Escalated(DecisionSnapshot.of(escalation), EscalationSnapshot.of(escalation, skipped));
        }

        @Override
        public String decisionId() {
            return decision.id();
        }

        @Override
        public String escalationId() {
            return escalation.id();
        }

        @Override
        public String type() {
            return DecisionEvents.DECISION_ESCALATED;
        }
    }

    public record DecisionSnapshot(String id, String teamId, String category, String title, EventMoney budget,
            Risk risk, Scope scope, boolean reversible, String decidedBy, Instant decidedAt) {
        /** The decision as its escalation keeps it. */
        static DecisionSnapshot of(Escalation e) {
            var d = e.decision;
            return new DecisionSnapshot(e.decisionId, e.teamId, d.category, d.title, EventMoney.of(d.budget()), d.risk,
                    d.scope, d.reversible, d.decidedBy, d.decidedAt);
        }
    }

    /** {@code skipped} is always written, empty when the routing passed over no team. */
    public record EscalationSnapshot(String id, int level, String targetTeamId, List<String> reasons, Instant dueAt,
            EscalationStatus status, List<Skip> skipped) {
        static EscalationSnapshot of(Escalation e, List<SkippedTeam> skipped) {
            return new EscalationSnapshot(e.id, e.level, e.targetTeamId, e.reasons(), e.dueAt, e.status,
                    skipped.stream().map(Skip::of).toList());
        }
    }

    public record Skip(String teamId, SkipReason reason, String detail) {
        static Skip of(SkippedTeam skipped) {
            return new Skip(skipped.teamId(), skipped.reason(), skipped.detail());
        }
    }

    /**
     * remit.escalation.acknowledged.v1: the deadline is re-armed for one more SLA period. {@code onBehalfOf} is the
     * lead a delegate acted for, left out when the actor acted in their own right.
     */
    public record Acknowledged(String escalationId, String decisionId, String teamId, String targetTeamId, int level,
            String acknowledgedBy, Instant acknowledgedAt, Instant dueAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String onBehalfOf) implements EscalationEvent {
        public static Acknowledged of(Escalation e, String onBehalfOf) {
            return new Acknowledged(e.id, e.decisionId, e.teamId, e.targetTeamId, e.level, e.acknowledgedBy,
                    e.acknowledgedAt, e.dueAt, onBehalfOf);
        }

        @Override
        public String type() {
            return DecisionEvents.ESCALATION_ACKNOWLEDGED;
        }
    }

    /**
     * remit.escalation.resolved.v1: approved or rejected; no more deadlines. {@code onBehalfOf} is the lead a
     * delegate acted for, left out when the actor acted in their own right.
     */
    public record Resolved(String escalationId, String decisionId, String teamId, String targetTeamId, int level,
            EscalationStatus outcome, String comment, String resolvedBy, Instant resolvedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String onBehalfOf) implements EscalationEvent {
        public static Resolved of(Escalation e, String comment, String onBehalfOf) {
            return new Resolved(e.id, e.decisionId, e.teamId, e.targetTeamId, e.level, e.outcome, comment,
                    e.resolvedBy, e.resolvedAt, onBehalfOf);
        }

        @Override
        public String type() {
            return DecisionEvents.ESCALATION_RESOLVED;
        }
    }

    /**
     * remit.escalation.voted.v1: one vote, with the approvals counted at the level after it and the number required;
     * {@code status} is where the vote left the escalation.
     */
    public record Voted(String escalationId, String decisionId, String teamId, String targetTeamId, int level,
            VoteData vote, int approvals, int approvalsRequired, EscalationStatus status, Instant dueAt)
            implements EscalationEvent {
        public static Voted of(Escalation e, EscalationVote vote, int approvals) {
            return new Voted(e.id, e.decisionId, e.teamId, e.targetTeamId, e.level, VoteData.of(vote), approvals,
                    e.approvalsRequired, e.status, e.dueAt);
        }

        @Override
        public String type() {
            return DecisionEvents.ESCALATION_VOTED;
        }
    }

    /** {@code onBehalfOf} and {@code comment} are left out when absent. */
    public record VoteData(String by, @JsonInclude(JsonInclude.Include.NON_NULL) String onBehalfOf,
            Quorum.Outcome outcome, Instant at, @JsonInclude(JsonInclude.Include.NON_NULL) String comment,
            String basis, boolean carried) {
        static VoteData of(EscalationVote v) {
            return new VoteData(v.voter, v.onBehalfOf, v.outcome, v.at, v.comment, v.basis, v.carried);
        }
    }

    /**
     * remit.escalation.withdrawn.v1: the escalation ended because its decision was withdrawn, or superseded by a
     * later decision now in effect ({@code supersededBy}); no more deadlines.
     */
    public record Withdrawn(String escalationId, String decisionId, String teamId, String targetTeamId, int level,
            String reason, String withdrawnBy, Instant withdrawnAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String onBehalfOf,
            @JsonInclude(JsonInclude.Include.NON_NULL) String supersededBy) implements EscalationEvent {
        public static Withdrawn of(Escalation e, String reason, String onBehalfOf, String supersededBy) {
            return new Withdrawn(e.id, e.decisionId, e.teamId, e.targetTeamId, e.level, reason, e.resolvedBy,
                    e.resolvedAt, onBehalfOf, supersededBy);
        }

        @Override
        public String type() {
            return DecisionEvents.ESCALATION_WITHDRAWN;
        }
    }
}
