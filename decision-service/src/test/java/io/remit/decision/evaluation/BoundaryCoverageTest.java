package io.remit.decision.evaluation;

import static io.remit.decision.evaluation.Fixtures.boundary;
import static io.remit.decision.evaluation.Fixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The boundary under test grants 20000 EUR, MEDIUM risk, TEAM scope and no irreversible decisions. */
class BoundaryCoverageTest {

    private static final BoundaryTerms BOUNDARY = boundary("dev").build();

    @ParameterizedTest(name = "{0}, {1}, {2}, reversible={3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # budget     | risk     | scope        | reversible | reasons (';'-separated)
            -            | LOW      | TEAM         | true       | -
            20000 EUR    | MEDIUM   | TEAM         | true       | -
            20000.00 EUR | MEDIUM   | TEAM         | true       | -
            20000.01 EUR | MEDIUM   | TEAM         | true       | budget 20000.01 EUR exceeds 20000 EUR
            50000 EUR    | LOW      | TEAM         | true       | budget 50000 EUR exceeds 20000 EUR
            -            | HIGH     | TEAM         | true       | risk HIGH exceeds MEDIUM
            -            | LOW      | ORGANISATION | true       | scope ORGANISATION exceeds TEAM
            -            | LOW      | CROSS_TEAM   | true       | scope CROSS_TEAM exceeds TEAM
            -            | LOW      | TEAM         | false      | irreversible decisions are not allowed
            50000 EUR    | LOW      | CROSS_TEAM   | true       | budget 50000 EUR exceeds 20000 EUR;scope CROSS_TEAM exceeds TEAM
            -            | CRITICAL | TEAM         | false      | risk CRITICAL exceeds MEDIUM;irreversible decisions are not allowed
            50000 EUR    | CRITICAL | ORGANISATION | false      | budget 50000 EUR exceeds 20000 EUR;risk CRITICAL exceeds MEDIUM;scope ORGANISATION exceeds TEAM;irreversible decisions are not allowed
            """)
    void shouldGiveOneReasonPerBreachedDimensionInFixedOrder(String budget, Risk risk, Scope scope,
                                                              boolean reversible, String reasons) {
        DecisionFacts facts = decision("dev").budget(budget).risk(risk).scope(scope).reversible(reversible).build();

        assertThat(BoundaryCoverage.breaches(BOUNDARY, facts)).containsExactlyElementsOf(split(reasons));
        assertThat(BoundaryCoverage.covers(BOUNDARY, facts)).isEqualTo(reasons == null);
    }

    @ParameterizedTest(name = "budget {0} against a boundary without maxBudget -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -        | -
            0 EUR    | -
            0.00 USD | -
            0.01 EUR | budget 0.01 EUR exceeds 0: the boundary grants no spending
            500 USD  | budget 500 USD exceeds 0: the boundary grants no spending
            """)
    void shouldTreatBoundaryWithoutBudgetAsGrantingNoSpending(String budget, String reasons) {
        BoundaryTerms noSpending = boundary("dev").maxBudget(null).build();

        assertThat(BoundaryCoverage.breaches(noSpending, decision("dev").budget(budget).build()))
                .containsExactlyElementsOf(split(reasons));
    }

    @ParameterizedTest(name = "budget {0} spends nothing")
    @CsvSource(nullValues = "-", value = {"-", "0 EUR", "0.000 EUR", "0 USD"})
    void shouldTreatDecisionWithoutBudgetAsSpendingNothing(String budget) {
        assertThat(BoundaryCoverage.breaches(BOUNDARY, decision("dev").budget(budget).build())).isEmpty();
    }

    @ParameterizedTest(name = "budget {0} against a EUR boundary is refused")
    @CsvSource({"500 USD", "50000 USD"})
    void shouldRefuseBudgetInAnotherCurrencyThanTheBoundary(String budget) {
        DecisionFacts facts = decision("dev").budget(budget).build();

        assertThatExceptionOfType(CurrencyMismatchException.class)
                .isThrownBy(() -> BoundaryCoverage.breaches(BOUNDARY, facts))
                .satisfies(e -> {
                    assertThat(e.teamId()).isEqualTo("dev");
                    assertThat(e.expected()).isEqualTo("EUR");
                    assertThat(e.actual()).isEqualTo("USD");
                });
    }

    @Test
    void shouldNotCoverDecisionInAnotherCurrency() {
        assertThat(BoundaryCoverage.covers(BOUNDARY, decision("dev").budget("5 USD").build())).isFalse();
    }

    @Test
    void shouldNotCoverWithoutBoundary() {
        assertThat(BoundaryCoverage.covers(null, decision("dev").build())).isFalse();
    }

    private static List<String> split(String reasons) {
        return reasons == null ? List.of() : Arrays.asList(reasons.split(";"));
    }
}
