package io.remit.decision.boundary.events;

import io.remit.decision.boundary.domain.Boundary;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import io.remit.decision.events.DecisionEvents;
import io.remit.decision.events.DecisionServiceEvent;
import io.remit.decision.events.EventMoney;
import java.time.Instant;

/**
 * remit.boundary.changed.v1: the new version as written. Keyed by team id, so a team's boundary changes stay in
 * order; its subject is {@code teamId/category}, the boundary the version belongs to.
 */
public record BoundaryChanged(String boundaryId, String teamId, String category, int version, EventMoney maxBudget,
        Risk maxRisk, Scope maxScope, boolean irreversibleAllowed, Instant validFrom, Instant validUntil,
        String reason, String changedBy, Instant changedAt) implements DecisionServiceEvent {

    public static BoundaryChanged of(Boundary b) {
        return new BoundaryChanged(b.id, b.teamId, b.category, b.version, EventMoney.of(b.maxBudget()), b.maxRisk,
                b.maxScope, b.irreversibleAllowed, b.validFrom, b.validUntil, b.reason, b.createdBy, b.createdAt);
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
