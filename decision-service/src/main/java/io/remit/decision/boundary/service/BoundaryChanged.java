package io.remit.decision.boundary.service;

import io.remit.decision.boundary.domain.Boundary;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import io.remit.decision.shared.MoneyBody;
import java.time.Instant;

/** The data of remit.boundary.changed.v1: the new version as written. */
public record BoundaryChanged(String boundaryId, String teamId, String category, int version, MoneyBody maxBudget,
        Risk maxRisk, Scope maxScope, boolean irreversibleAllowed, Instant validFrom, Instant validUntil,
        String reason, String changedBy, Instant changedAt) {

    static BoundaryChanged of(Boundary b) {
        return new BoundaryChanged(b.id, b.teamId, b.category, b.version, MoneyBody.of(b.maxBudget()), b.maxRisk, b.maxScope,
                b.irreversibleAllowed, b.validFrom, b.validUntil, b.reason, b.createdBy, b.createdAt);
    }
}
