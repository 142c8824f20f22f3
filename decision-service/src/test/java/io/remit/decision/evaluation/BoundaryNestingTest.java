package io.remit.decision.evaluation;

import static io.remit.decision.evaluation.Fixtures.boundary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Team "inner" sits below team "outer"; both start from the fixture default (20000 EUR, MEDIUM, TEAM, reversible
 * only).
 */
class BoundaryNestingTest {

    static Stream<Arguments> excesses() {
        return Stream.of(
                Arguments.of(inner().maxBudget("20000.01 EUR"), outer(), "maxBudget",
                        "maxBudget 20000.01 EUR of team 'inner' exceeds 20000 EUR of team 'outer'"),
                Arguments.of(inner().maxBudget("1 EUR"), outer().maxBudget(null), "maxBudget",
                        "maxBudget 1 EUR of team 'inner' exceeds team 'outer', which grants no spending"),
                Arguments.of(inner().maxRisk(Risk.HIGH), outer(), "maxRisk",
                        "maxRisk HIGH of team 'inner' exceeds MEDIUM of team 'outer'"),
                Arguments.of(inner().maxScope(Scope.CROSS_TEAM), outer(), "maxScope",
                        "maxScope CROSS_TEAM of team 'inner' exceeds TEAM of team 'outer'"),
                Arguments.of(inner().irreversibleAllowed(true), outer(), "irreversibleAllowed",
                        "team 'inner' allows irreversible decisions but team 'outer' does not"),
                Arguments.of(inner().maxRisk(Risk.CRITICAL).maxScope(Scope.ORGANISATION), outer(), "maxRisk",
                        "maxRisk CRITICAL of team 'inner' exceeds MEDIUM of team 'outer'"),
                Arguments.of(inner().maxBudget("90000 EUR").irreversibleAllowed(true), outer(), "maxBudget",
                        "maxBudget 90000 EUR of team 'inner' exceeds 20000 EUR of team 'outer'"));
    }

    @ParameterizedTest(name = "[{index}] candidate exceeding its ancestor on {2}")
    @MethodSource("excesses")
    void shouldRefuseCandidateExceedingAnAncestor(Fixtures.BoundaryBuilder candidate, Fixtures.BoundaryBuilder ancestor,
                                                  String dimension, String detail) {
        assertThatExceptionOfType(NestingConflictException.class)
                .isThrownBy(() -> BoundaryNesting.check(candidate.build(), List.of(ancestor.build()), List.of()))
                .satisfies(e -> assertThat(List.of(e.otherTeamId(), e.dimension(), e.detail()))
                        .containsExactly("outer", dimension, detail));
    }

    @ParameterizedTest(name = "[{index}] descendant exceeding the candidate on {2}")
    @MethodSource("excesses")
    void shouldRefuseCandidateNarrowerThanADescendant(Fixtures.BoundaryBuilder descendant,
                                                      Fixtures.BoundaryBuilder candidate,
                                                      String dimension, String detail) {
        assertThatExceptionOfType(NestingConflictException.class)
                .isThrownBy(() -> BoundaryNesting.check(candidate.build(), List.of(), List.of(descendant.build())))
                .satisfies(e -> assertThat(List.of(e.otherTeamId(), e.dimension(), e.detail()))
                        .containsExactly("inner", dimension, detail));
    }

    static Stream<Arguments> nestedPairs() {
        return Stream.of(
                Arguments.of("equal on every dimension", inner(), outer()),
                Arguments.of("narrower on every dimension", inner().maxBudget("5000.00 EUR").maxRisk(Risk.LOW),
                        outer().maxScope(Scope.ORGANISATION).irreversibleAllowed(true)),
                Arguments.of("no budget under no budget", inner().maxBudget(null), outer().maxBudget(null)),
                Arguments.of("zero budget under no budget", inner().maxBudget("0 EUR"), outer().maxBudget(null)),
                Arguments.of("no budget under a USD budget", inner().maxBudget(null), outer().maxBudget("10 USD")),
                Arguments.of("another category", inner().category("vendor").maxRisk(Risk.CRITICAL), outer()),
                Arguments.of("inner starting when outer ends", inner().maxRisk(Risk.CRITICAL).validFrom("2025-03-01"),
                        outer().validUntil("2025-03-01")),
                Arguments.of("inner ending when outer starts", inner().maxRisk(Risk.CRITICAL).validUntil("2025-03-01"),
                        outer().validFrom("2025-03-01")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nestedPairs")
    void shouldAcceptBoundariesThatNestOrNeverMeet(String situation, Fixtures.BoundaryBuilder inner,
                                                   Fixtures.BoundaryBuilder outer) {
        assertThatCode(() -> BoundaryNesting.check(inner.build(), List.of(outer.build()), List.of()))
                .doesNotThrowAnyException();
        assertThatCode(() -> BoundaryNesting.check(outer.build(), List.of(), List.of(inner.build())))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseACurrencyThatDiffersFromAnAncestors() {
        assertThatExceptionOfType(CurrencyMismatchException.class)
                .isThrownBy(() -> BoundaryNesting.check(inner().maxBudget("10 USD").build(),
                        List.of(outer().build()), List.of()))
                .satisfies(e -> assertThat(List.of(e.teamId(), e.expected(), e.actual()))
                        .containsExactly("outer", "EUR", "USD"));
    }

    @Test
    void shouldRefuseACurrencyThatDiffersFromADescendantsBeforeAnyNestingConflict() {
        BoundaryTerms exceedingAncestor = boundary("top").maxRisk(Risk.LOW).build();
        BoundaryTerms descendantInUsd = boundary("inner").maxBudget("0 USD").build();

        assertThatExceptionOfType(CurrencyMismatchException.class)
                .isThrownBy(() -> BoundaryNesting.check(outer().build(), List.of(exceedingAncestor),
                        List.of(descendantInUsd)))
                .satisfies(e -> assertThat(List.of(e.teamId(), e.expected(), e.actual()))
                        .containsExactly("inner", "USD", "EUR"));
    }

    @Test
    void shouldNameTheFirstConflictingAncestorInTheGivenOrder() {
        List<BoundaryTerms> ancestors = List.of(boundary("near").maxRisk(Risk.HIGH).build(),
                boundary("mid").maxRisk(Risk.LOW).build(),
                boundary("far").maxScope(Scope.TEAM).maxRisk(Risk.LOW).build());

        assertThatExceptionOfType(NestingConflictException.class)
                .isThrownBy(() -> BoundaryNesting.check(inner().maxRisk(Risk.MEDIUM).build(), ancestors, List.of()))
                .satisfies(e -> assertThat(e.otherTeamId()).isEqualTo("mid"));
    }

    private static Fixtures.BoundaryBuilder inner() {
        return boundary("inner");
    }

    private static Fixtures.BoundaryBuilder outer() {
        return boundary("outer");
    }
}
