package io.remit.decision.evaluation;

import java.util.Optional;

/** Finds the first dimension on which an inner boundary grants more than the outer boundary it must nest in. */
final class BoundaryExcess {

    record Excess(String dimension, String detail) {
    }

    private BoundaryExcess() {
    }

    /** Dimensions in the fixed order budget, risk, scope, irreversibility, so refusals are reproducible. */
    static Optional<Excess> firstExcess(BoundaryTerms inner, BoundaryTerms outer) {
        return budgetExcess(inner, outer)
                .or(() -> rankExcess("maxRisk", inner.maxRisk(), outer.maxRisk(), inner, outer))
                .or(() -> rankExcess("maxScope", inner.maxScope(), outer.maxScope(), inner, outer))
                .or(() -> irreversibilityExcess(inner, outer));
    }

    static boolean currenciesDiffer(BoundaryTerms a, BoundaryTerms b) {
        return a.maxBudget() != null && b.maxBudget() != null && !a.maxBudget().hasSameCurrencyAs(b.maxBudget());
    }

    private static Optional<Excess> budgetExcess(BoundaryTerms inner, BoundaryTerms outer) {
        Money innerBudget = inner.maxBudget();
        Money outerBudget = outer.maxBudget();
        // Amounts in two currencies cannot be ranked; reporting the mismatch is the only honest answer.
        if (currenciesDiffer(inner, outer)) {
            return excess("maxBudget", "maxBudget currency " + innerBudget.currency() + " of " + team(inner)
                    + " differs from " + outerBudget.currency() + " of " + team(outer));
        }
        if (innerBudget == null || !innerBudget.isPositive()) {
            return Optional.empty();
        }
        String subject = "maxBudget " + innerBudget.display() + " of " + team(inner);
        if (outerBudget == null) {
            return excess("maxBudget", subject + " exceeds " + team(outer) + ", which grants no spending");
        }
        return innerBudget.exceeds(outerBudget)
                ? excess("maxBudget", subject + " exceeds " + outerBudget.display() + " of " + team(outer))
                : Optional.empty();
    }

    private static <E extends Enum<E>> Optional<Excess> rankExcess(String dimension, E inner, E outer,
                                                                  BoundaryTerms innerTerms, BoundaryTerms outerTerms) {
        return inner.compareTo(outer) > 0
                ? excess(dimension, dimension + " " + inner + " of " + team(innerTerms) + " exceeds " + outer
                        + " of " + team(outerTerms))
                : Optional.empty();
    }

    private static Optional<Excess> irreversibilityExcess(BoundaryTerms inner, BoundaryTerms outer) {
        return inner.irreversibleAllowed() && !outer.irreversibleAllowed()
                ? excess("irreversibleAllowed", team(inner) + " allows irreversible decisions but " + team(outer)
                        + " does not")
                : Optional.empty();
    }

    private static Optional<Excess> excess(String dimension, String detail) {
        return Optional.of(new Excess(dimension, detail));
    }

    private static String team(BoundaryTerms terms) {
        return "team '" + terms.teamId() + "'";
    }
}
