package io.remit.decision.evaluation;

import static io.remit.decision.evaluation.Fixtures.at;
import static io.remit.decision.evaluation.Fixtures.boundary;
import static io.remit.decision.evaluation.Fixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundaryTermsTest {

    @ParameterizedTest(name = "[{0}, {1}) valid at {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # from     | until      | instant              | valid
            2025-01-01 | 2025-02-01 | 2025-01-01T00:00:00Z | true
            2025-01-01 | 2025-02-01 | 2025-01-31T23:59:59Z | true
            2025-01-01 | 2025-02-01 | 2025-02-01T00:00:00Z | false
            2025-01-01 | 2025-02-01 | 2024-12-31T23:59:59Z | false
            2025-01-01 | -          | 2099-01-01T00:00:00Z | true
            2025-01-01 | -          | 2024-12-31T23:59:59Z | false
            """)
    void shouldBeValidFromItsStartUntilJustBeforeItsEnd(String from, String until, String instant, boolean valid) {
        BoundaryTerms terms = boundary("dev").validFrom(from).validUntil(until).build();

        assertThat(terms.validAt(at(instant))).isEqualTo(valid);
    }

    @ParameterizedTest(name = "[{0}, {1}) overlaps [{2}, {3}): {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # a from   | a until    | b from     | b until    | overlap
            2025-01-01 | 2025-02-01 | 2025-02-01 | 2025-03-01 | false
            2025-01-01 | 2025-02-02 | 2025-02-01 | 2025-03-01 | true
            2025-01-01 | 2025-12-01 | 2025-03-01 | 2025-04-01 | true
            2025-01-01 | -          | 2030-01-01 | -          | true
            2025-01-01 | -          | 2024-01-01 | 2025-01-01 | false
            2025-01-01 | -          | 2024-01-01 | 2025-01-02 | true
            """)
    void shouldOverlapOnlyWhenBothAreInForceAtSomeCommonInstant(String aFrom, String aUntil, String bFrom,
                                                                 String bUntil, boolean overlap) {
        BoundaryTerms a = boundary("dev").validFrom(aFrom).validUntil(aUntil).build();
        BoundaryTerms b = boundary("eng").validFrom(bFrom).validUntil(bUntil).build();

        assertThat(a.overlaps(b)).isEqualTo(overlap);
        assertThat(b.overlaps(a)).isEqualTo(overlap);
    }

    @Test
    void shouldRefuseValidityThatEndsBeforeOrWhenItStarts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> boundary("dev").validFrom("2025-02-01").validUntil("2025-02-01").build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> boundary("dev").validFrom("2025-02-01").validUntil("2025-01-01").build());
    }

    @Test
    void shouldNumberVersionsFromOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BoundaryTerms(null, "dev", "spend", 0, null,
                Risk.LOW, Scope.TEAM, false, at("2025-01-01"), null));
    }

    @ParameterizedTest(name = "{0}'s {1} boundary valid [{2}, {3}) for dev's spend decision: applies {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # held by | category | from       | until      | applies
            dev       | spend    | 2025-01-01 | -          | true
            dev       | spend    | 2025-07-01 | -          | false
            dev       | spend    | 2025-01-01 | 2025-06-01 | false
            dev       | vendor   | 2025-01-01 | -          | false
            eng       | spend    | 2025-01-01 | -          | false
            """)
    void shouldFindTheTeamsOwnBoundaryOnlyForTheDecisionsCategoryAndTime(String holder, String category,
                                                                         String from, String until, boolean applies) {
        BoundaryTerms terms = boundary(holder).category(category).validFrom(from).validUntil(until).build();
        DecisionFacts decision = decision("dev").build();

        assertThat(BoundaryTerms.ownBoundaryFor("dev", Map.of("dev", terms), decision))
                .isEqualTo(applies ? terms : null);
    }

    @Test
    void shouldFindNoOwnBoundaryForATeamWithout() {
        assertThat(BoundaryTerms.ownBoundaryFor("dev", Map.of(), decision("dev").build())).isNull();
    }
}
