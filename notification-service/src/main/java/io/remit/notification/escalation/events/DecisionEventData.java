package io.remit.notification.escalation.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The parts of decision-service's events this service uses, as its schemas define them
 * (decision-service/src/main/resources/schemas). Unknown fields are ignored.
 */
public final class DecisionEventData {

    public static final String RECORDED = "remit.decision.recorded.v1";
    public static final String ESCALATED = "remit.decision.escalated.v1";
    public static final String ACKNOWLEDGED = "remit.escalation.acknowledged.v1";
    public static final String RESOLVED = "remit.escalation.resolved.v1";
    public static final String VOTED = "remit.escalation.voted.v1";
    public static final String WITHDRAWN = "remit.escalation.withdrawn.v1";
    public static final String STATUS_CHANGED = "remit.decision.status-changed.v1";

    private DecisionEventData() {
    }

    /**
     * A decision in the log: only what the escalation's record keeps of it, the boundary that refused it.
     *
     * @param verdict  WITHIN_REMIT or ESCALATED, kept as text
     * @param boundary null when no boundary played a part (the root, a suspended team, no boundary for the category)
     */
    public record Recorded(@JsonProperty(required = true) String id, String verdict, BoundaryRef boundary) {

        public boolean escalated() {
            return "ESCALATED".equals(verdict);
        }
    }

    /** A boundary version, as a decision names the one that justified or refused it. */
    public record BoundaryRef(@JsonProperty(required = true) String id,
            @JsonProperty(required = true) Integer version) {
    }

    public record Escalated(@JsonProperty(required = true) Decision decision,
            @JsonProperty(required = true) Escalation escalation) {
    }

    public record Decision(@JsonProperty(required = true) String id, @JsonProperty(required = true) String teamId,
            @JsonProperty(required = true) String category, @JsonProperty(required = true) String title,
            Money budget, @JsonProperty(required = true) String risk, @JsonProperty(required = true) String scope,
            @JsonProperty(required = true) Boolean reversible, @JsonProperty(required = true) String decidedBy,
            @JsonProperty(required = true) Instant decidedAt) {
    }

    public record Money(@JsonProperty(required = true) BigDecimal amount,
            @JsonProperty(required = true) String currency) {
    }

    /**
     * @param skipped the teams this routing level passed over and why; absent from events written before routing
     *                explained itself (null: not stated, unlike an empty list: none passed over)
     */
    public record Escalation(@JsonProperty(required = true) String id, @JsonProperty(required = true) Integer level,
            @JsonProperty(required = true) String targetTeamId, @JsonProperty(required = true) List<String> reasons,
            @JsonProperty(required = true) Instant dueAt, List<Skipped> skipped) {
    }

    /**
     * A team a routing level passed over: NO_BOUNDARY, NOT_COVERED, SUSPENDED, ARCHIVED or NO_LEAD_OR_DELEGATE, with a
     * sentence for people. Kept as decision-service wrote it.
     */
    public record Skipped(@JsonProperty(required = true) String teamId, @JsonProperty(required = true) String reason,
            String detail) {
    }

    /** @param onBehalfOf the lead a delegate acknowledged for; absent when the actor acted in their own right */
    public record Acknowledged(@JsonProperty(required = true) String escalationId,
            @JsonProperty(required = true) String targetTeamId, @JsonProperty(required = true) Integer level,
            @JsonProperty(required = true) String acknowledgedBy,
            @JsonProperty(required = true) Instant acknowledgedAt, @JsonProperty(required = true) Instant dueAt,
            String onBehalfOf) {
    }

    /** @param onBehalfOf the lead a delegate resolved for; absent when the actor acted in their own right */
    public record Resolved(@JsonProperty(required = true) String escalationId,
            @JsonProperty(required = true) String targetTeamId, @JsonProperty(required = true) String outcome,
            String comment, @JsonProperty(required = true) String resolvedBy,
            @JsonProperty(required = true) Instant resolvedAt, String onBehalfOf) {

        /**
         * The outcomes the v1 schema allows. A v1 enum never gains a value (a new outcome would come as a new event
         * type), so any other outcome makes the event invalid, not merely newer than this reader.
         */
        private static final Set<String> OUTCOMES = Set.of("APPROVED", "REJECTED");

        public Resolved {
            if (outcome != null && !OUTCOMES.contains(outcome)) {
                throw new IllegalArgumentException("outcome must be APPROVED or REJECTED, not '" + outcome + "'");
            }
        }
    }

    /**
     * One vote and the count it left at its level. It changes no status and no deadline here: the acknowledged or
     * resolved event that goes with it does that.
     */
    public record Voted(@JsonProperty(required = true) String escalationId,
            @JsonProperty(required = true) String targetTeamId, @JsonProperty(required = true) Integer level,
            @JsonProperty(required = true) Vote vote, @JsonProperty(required = true) Integer approvals,
            @JsonProperty(required = true) Integer approvalsRequired, @JsonProperty(required = true) String status) {
    }

    /**
     * @param onBehalfOf the lead a delegate voted for; absent when the voter voted in their own right
     * @param comment    absent when the voter gave none
     */
    public record Vote(@JsonProperty(required = true) String by, String onBehalfOf,
            @JsonProperty(required = true) String outcome, @JsonProperty(required = true) Instant at, String comment,
            @JsonProperty(required = true) String basis, @JsonProperty(required = true) Boolean carried) {

        /** The outcomes the v1 schema allows; another makes the event invalid (see {@link Resolved}). */
        private static final Set<String> OUTCOMES = Set.of("APPROVED", "REJECTED");

        public Vote {
            if (outcome != null && !OUTCOMES.contains(outcome)) {
                throw new IllegalArgumentException(
                        "vote.outcome must be APPROVED or REJECTED, not '" + outcome + "'");
            }
        }
    }

    /**
     * The escalation ended because its decision was withdrawn, or superseded by {@code supersededBy}.
     *
     * @param onBehalfOf the lead a delegate acted for; absent when the actor acted in their own right
     */
    public record Withdrawn(@JsonProperty(required = true) String escalationId,
            @JsonProperty(required = true) String decisionId, @JsonProperty(required = true) String targetTeamId,
            @JsonProperty(required = true) Integer level, @JsonProperty(required = true) String reason,
            @JsonProperty(required = true) String withdrawnBy, @JsonProperty(required = true) Instant withdrawnAt,
            String onBehalfOf, String supersededBy) {
    }

    /**
     * A decision's status changed. The statuses stay the text they arrived as.
     *
     * @param escalationId present when the decision has an escalation
     */
    public record StatusChanged(@JsonProperty(required = true) String decisionId,
            @JsonProperty(required = true) String teamId, @JsonProperty(required = true) String from,
            @JsonProperty(required = true) String to,
            @JsonProperty(required = true) Instant at, @JsonProperty(required = true) String by, String onBehalfOf,
            String reason, String escalationId, String supersededBy, String supersedes) {
    }
}
