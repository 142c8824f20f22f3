package io.remit.decision.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How many distinct approvers a team needs for a decision (Authority over time 2): the highest {@code required} of
 * the rules of its boundary that match the decision, 1 when none matches or there are none. Approval rules are not
 * limits: nesting and evaluation never read them.
 */
public final class ApprovalRules {

    public static final int DEFAULT_REQUIRED = 1;
    public static final int MIN_REQUIRED = 1;
    public static final int MAX_REQUIRED = 10;

    private ApprovalRules() {
    }

    /**
     * One rule: every condition it states must hold for it to match; a rule with none always matches.
     *
     * @param minBudget    the decision's budget is at least this (inclusive); a decision without a budget spends 0
     * @param minRisk      the decision's risk is at least this (inclusive)
     * @param irreversible true: the decision is irreversible; false: it is reversible; null: either
     */
    public record Rule(Money minBudget, Risk minRisk, Boolean irreversible, int required) {
        public Rule {
            if (required < MIN_REQUIRED || required > MAX_REQUIRED) {
                throw new IllegalArgumentException("required must lie between " + MIN_REQUIRED + " and "
                        + MAX_REQUIRED + ", was " + required);
            }
        }

        /**
         * A minimum budget in another currency than the decision's cannot be compared (Remit never converts): such a
         * rule counts as matching, so a currency difference never lowers the number of approvers.
         */
        public boolean matches(DecisionFacts decision) {
            return budgetHolds(decision) && (minRisk == null || decision.risk().compareTo(minRisk) >= 0)
                    && (irreversible == null || irreversible == !decision.reversible());
        }

        private boolean budgetHolds(DecisionFacts decision) {
            if (minBudget == null) {
                return true;
            }
            Money budget = decision.budget();
            if (budget == null) {
                return minBudget.amount().signum() <= 0;
            }
            return !budget.hasSameCurrencyAs(minBudget) || budget.amount().compareTo(minBudget.amount()) >= 0;
        }
    }

    /** The number of distinct approvers the decision needs under these rules. */
    public static int required(List<Rule> rules, DecisionFacts decision) {
        Objects.requireNonNull(decision, "decision");
        return rules.stream().filter(rule -> rule.matches(decision)).mapToInt(Rule::required).max()
                .orElse(DEFAULT_REQUIRED);
    }

    /**
     * The currency a boundary's rules must state their minimum budgets in: the boundary's own maxBudget's; without
     * one (a root boundary that holds only rules, or a boundary that grants no spending), the first rule's that
     * states one, so that all of them agree. Empty when they agree.
     *
     * @param boundaryCurrency the currency of the boundary's maxBudget, or null when it has none
     * @return the first rule (by index) whose currency differs, with the currency it should have had
     */
    public static Optional<CurrencyRefusal> currencyRefusal(List<Rule> rules, String boundaryCurrency) {
        String expected = boundaryCurrency;
        for (int i = 0; i < rules.size(); i++) {
            Money minBudget = rules.get(i).minBudget();
            if (minBudget == null) {
                continue;
            }
            if (expected == null) {
                expected = minBudget.currency();
            } else if (!expected.equals(minBudget.currency())) {
                return Optional.of(new CurrencyRefusal(i, minBudget.currency(), expected,
                        boundaryCurrency != null));
            }
        }
        return Optional.empty();
    }

    /**
     * @param index           the position of the refused rule
     * @param fromMaxBudget   whether the expected currency is the boundary's maxBudget's (else an earlier rule's)
     */
    public record CurrencyRefusal(int index, String currency, String expected, boolean fromMaxBudget) {
        public String detail() {
            return "approvals[" + index + "].minBudget is in " + currency + ", but "
                    + (fromMaxBudget ? "the boundary's maxBudget is in " : "an earlier rule's minBudget is in ")
                    + expected + "; Remit never converts currencies";
        }
    }
}
