package io.remit.decision.evaluation;

import java.time.Instant;
import java.util.Objects;

/**
 * What a team decided, reduced to what the evaluation rules look at.
 *
 * @param budget null spends nothing
 */
public record DecisionFacts(String teamId, String category, Money budget, Risk risk, Scope scope,
                            boolean reversible, Instant decidedAt) {

    public DecisionFacts {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /** Zero or no budget spends nothing, so there is nothing to hold against any budget limit. */
    public boolean spends() {
        return budget != null && budget.isPositive();
    }
}
