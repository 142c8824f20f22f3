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

    public static final String ESCALATED = "remit.decision.escalated.v1";
    public static final String ACKNOWLEDGED = "remit.escalation.acknowledged.v1";
    public static final String RESOLVED = "remit.escalation.resolved.v1";

    private DecisionEventData() {
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
}
