package io.remit.decision.boundary.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.remit.decision.boundary.domain.Boundary;
import io.remit.decision.evaluation.ApprovalRules;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import io.remit.decision.events.DecisionEvents;
import io.remit.decision.events.DecisionServiceEvent;
import io.remit.decision.events.EventMoney;
import java.time.Instant;
import java.util.List;

/**
 * remit.boundary.changed.v1: the new version as written. Keyed by team id, so a team's boundary changes stay in
 * order; its subject is {@code teamId/category}, the boundary the version belongs to.
 */
public record BoundaryChanged(String boundaryId, String teamId, String category, int version, EventMoney maxBudget,
        Risk maxRisk, Scope maxScope, boolean irreversibleAllowed, Instant validFrom, Instant validUntil,
        String reason, String changedBy, Instant changedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ApprovalRule> approvals) implements DecisionServiceEvent {

    /** One approval rule; conditions it does not state are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApprovalRule(EventMoney minBudget, Risk minRisk, Boolean irreversible, int required) {
        static ApprovalRule of(ApprovalRules.Rule rule) {
            return new ApprovalRule(EventMoney.of(rule.minBudget()), rule.minRisk(), rule.irreversible(),
                    rule.required());
        }
    }

    /** {@code approvals} is left out when the version states none, as every version written before. */
    public static BoundaryChanged of(Boundary b) {
        return new BoundaryChanged(b.id, b.teamId, b.category, b.version, EventMoney.of(b.maxBudget()), b.maxRisk,
                b.maxScope, b.irreversibleAllowed, b.validFrom, b.validUntil, b.reason, b.createdBy, b.createdAt,
                b.approvals().isEmpty() ? null : b.approvals().stream().map(ApprovalRule::of).toList());
    }

    @Override
    public String key() {
        return teamId;
    }

    @Override
    public String type() {
        return DecisionEvents.BOUNDARY_CHANGED;
    }

    @Override
    public String subject() {
        return teamId + "/" + category;
    }
}
