package io.remit.decision.evaluation;

import static io.remit.decision.evaluation.Fixtures.decision;
import static io.remit.decision.evaluation.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remit.decision.evaluation.ApprovalRules.CurrencyRefusal;
import io.remit.decision.evaluation.ApprovalRules.Rule;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Which approval rules match a decision, and how many distinct approvers it then needs. */
class ApprovalRulesTest {

    static Rule rule(String minBudget, Risk minRisk, Boolean irreversible, int required) {
        return new Rule(money(minBudget), minRisk, irreversible, required);
    }

    record Case(String name, List<Rule> rules, String budget, Risk risk, boolean reversible, int required) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Rule BIG_SPEND = rule("50000 EUR", null, null, 2);
    static final Rule HIGH_RISK = rule("-", Risk.HIGH, null, 3);
    static final Rule IRREVERSIBLE = rule("-", null, true, 4);
    static final Rule REVERSIBLE_ONLY = rule("-", null, false, 2);

    static Stream<Case> cases() {
        return Stream.of(
                new Case("no rules: one approver", List.of(), "90000 EUR", Risk.CRITICAL, false, 1),
                new Case("no rule matches: one approver", List.of(BIG_SPEND, HIGH_RISK), "100 EUR", Risk.LOW, true,
                        1),
                new Case("minBudget is inclusive", List.of(BIG_SPEND), "50000 EUR", Risk.LOW, true, 2),
                new Case("just below minBudget", List.of(BIG_SPEND), "49999.99 EUR", Risk.LOW, true, 1),
                new Case("no budget spends nothing", List.of(BIG_SPEND), "-", Risk.LOW, true, 1),
                new Case("a minBudget of zero matches a decision without budget",
                        List.of(rule("0 EUR", null, null, 2)), "-", Risk.LOW, true, 2),
                new Case("a minBudget in another currency counts as matching", List.of(BIG_SPEND), "10 USD",
                        Risk.LOW, true, 2),
                new Case("minRisk is inclusive", List.of(HIGH_RISK), "-", Risk.HIGH, true, 3),
                new Case("above minRisk", List.of(HIGH_RISK), "-", Risk.CRITICAL, true, 3),
                new Case("below minRisk", List.of(HIGH_RISK), "-", Risk.MEDIUM, true, 1),
                new Case("irreversible: true matches an irreversible decision", List.of(IRREVERSIBLE), "-", Risk.LOW,
                        false, 4),
                new Case("irreversible: true leaves a reversible decision", List.of(IRREVERSIBLE), "-", Risk.LOW,
                        true, 1),
                new Case("irreversible: false matches a reversible decision only", List.of(REVERSIBLE_ONLY), "-",
                        Risk.LOW, true, 2),
                new Case("irreversible: false leaves an irreversible decision", List.of(REVERSIBLE_ONLY), "-",
                        Risk.LOW, false, 1),
                new Case("a rule without conditions always matches", List.of(rule("-", null, null, 5)), "-",
                        Risk.LOW, true, 5),
                new Case("every condition of a rule must hold", List.of(rule("1000 EUR", Risk.HIGH, true, 6)),
                        "5000 EUR", Risk.HIGH, true, 1),
                new Case("a rule whose conditions all hold", List.of(rule("1000 EUR", Risk.HIGH, true, 6)),
                        "5000 EUR", Risk.HIGH, false, 6),
                new Case("the highest matching number wins", List.of(IRREVERSIBLE, BIG_SPEND, HIGH_RISK),
                        "60000 EUR", Risk.HIGH, true, 3),
                new Case("a lower number never lowers a higher one",
                        List.of(rule("-", null, null, 7), rule("-", Risk.LOW, null, 1)), "-", Risk.LOW, true, 7));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldRequireTheHighestNumberOfTheMatchingRules(Case c) {
        DecisionFacts facts = decision("payments").budget(c.budget()).risk(c.risk()).reversible(c.reversible())
                .build();

        assertThat(ApprovalRules.required(c.rules(), facts)).isEqualTo(c.required());
    }

    @Test
    void shouldRefuseANumberOutsideOneToTen() {
        assertThatThrownBy(() -> rule("-", null, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule("-", null, null, 11)).isInstanceOf(IllegalArgumentException.class);
        assertThat(rule("-", null, null, 10).required()).isEqualTo(10);
    }

    record CurrencyCase(String name, String boundaryCurrency, List<Rule> rules, Optional<CurrencyRefusal> refusal) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<CurrencyCase> currencies() {
        return Stream.of(
                new CurrencyCase("rules in the boundary's currency", "EUR",
                        List.of(BIG_SPEND, rule("90000 EUR", null, null, 3)), Optional.empty()),
                new CurrencyCase("rules without minBudget", "EUR", List.of(HIGH_RISK, IRREVERSIBLE),
                        Optional.empty()),
                new CurrencyCase("a rule in another currency than maxBudget's", "EUR",
                        List.of(HIGH_RISK, rule("5 USD", null, null, 2)),
                        Optional.of(new CurrencyRefusal(1, "USD", "EUR", true))),
                new CurrencyCase("without maxBudget the first rule sets the currency", null,
                        List.of(rule("5 USD", null, null, 2), rule("9 USD", null, null, 3)), Optional.empty()),
                new CurrencyCase("without maxBudget the rules must agree", null,
                        List.of(HIGH_RISK, rule("5 USD", null, null, 2), BIG_SPEND),
                        Optional.of(new CurrencyRefusal(2, "EUR", "USD", false))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currencies")
    void shouldHoldEveryMinBudgetToOneCurrency(CurrencyCase c) {
        assertThat(ApprovalRules.currencyRefusal(c.rules(), c.boundaryCurrency())).isEqualTo(c.refusal());
    }
}
