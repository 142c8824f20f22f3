package io.remit.decision.boundary.service;

import io.remit.decision.evaluation.Money;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import java.time.Instant;

/** A new version of a boundary as governance wants it; validFrom null means now. */
public record BoundaryDraft(Money maxBudget, Risk maxRisk, Scope maxScope, boolean irreversibleAllowed,
        Instant validFrom, Instant validUntil, String reason) {
}
