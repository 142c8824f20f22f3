package io.remit.decision.evaluation;

import java.util.ArrayList;
import java.util.List;

/** Whether one boundary covers one decision, and if not, why: one reason per breached dimension. */
public final class BoundaryCoverage {

    private BoundaryCoverage() {
    }

    /**
     * The breached dimensions in a fixed order (budget, risk, scope, irreversibility), so reasons read
     * the same in every verdict and every event; an empty list means the boundary covers the decision.
     *
     * @throws CurrencyMismatchException when the decision spends in another currency than the boundary's budget
     */
    public static List<String> breaches(BoundaryTerms boundary, DecisionFacts decision) {
        List<String> reasons = new ArrayList<>(4);
        budgetBreach(boundary, decision, reasons);
        if (decision.risk().compareTo(boundary.maxRisk()) > 0) {
            reasons.add("risk " + decision.risk() + " exceeds " + boundary.maxRisk());
        }
        if (decision.scope().compareTo(boundary.maxScope()) > 0) {
            reasons.add("scope " + decision.scope() + " exceeds " + boundary.maxScope());
        }
        if (!decision.reversible() && !boundary.irreversibleAllowed()) {
            reasons.add("irreversible decisions are not allowed");
        }
        return List.copyOf(reasons);
    }

    /**
     * For routing through ancestors: a currency mismatch there is not the decider's input error but
     * simply a level that cannot vouch for the amount, so it counts as not covering.
     */
    public static boolean covers(BoundaryTerms boundary, DecisionFacts decision) {
        if (boundary == null) {
            return false;
        }
        try {
            return breaches(boundary, decision).isEmpty();
        } catch (CurrencyMismatchException mismatch) {
            return false;
        }
    }

    private static void budgetBreach(BoundaryTerms boundary, DecisionFacts decision, List<String> reasons) {
        if (!decision.spends()) {
            return;
        }
        Money budget = decision.budget();
        Money limit = boundary.maxBudget();
        if (limit == null) {
            reasons.add("budget " + budget.display() + " exceeds 0: the boundary grants no spending");
            return;
        }
        if (!budget.hasSameCurrencyAs(limit)) {
            throw new CurrencyMismatchException(boundary.teamId(), limit.currency(), budget.currency());
        }
        if (budget.exceeds(limit)) {
            reasons.add("budget " + budget.display() + " exceeds " + limit.display());
        }
    }
}
