package io.remit.decision.boundary.service;

import io.remit.decision.evaluation.ApprovalRules;
import io.remit.decision.evaluation.Money;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import java.time.Instant;
import java.util.List;

/**
 * A new version of a boundary as governance wants it; validFrom null means now. maxRisk and maxScope are null only
 * for a root version that holds approval rules only; irreversibleAllowed null means not given (false).
 */
public record BoundaryDraft(Money maxBudget, Risk maxRisk, Scope maxScope, Boolean irreversibleAllowed,
        Instant validFrom, Instant validUntil, String reason, List<ApprovalRules.Rule> approvals) {

    public BoundaryDraft {
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
    }

    public boolean allowsIrreversible() {
        return Boolean.TRUE.equals(irreversibleAllowed);
    }
}
