package io.remit.decision.evaluation;

import static io.remit.decision.evaluation.Fixtures.boundary;
import static io.remit.decision.evaluation.Fixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Tree: org (root) > eng > dev; dev decides. */
class RemitEvaluatorTest {

    private static final BoundaryTerms DEV = boundary("dev").build();
    private static final BoundaryTerms ENG = boundary("eng").maxBudget("100000 EUR").maxRisk(Risk.HIGH)
            .maxScope(Scope.CROSS_TEAM).irreversibleAllowed(true).build();
    private static final Map<String, BoundaryTerms> BOUNDARIES = Map.of("dev", DEV, "eng", ENG);

    @Test
    void shouldDecideWithinRemitAndRecordTheJustifyingBoundary() {
        Evaluation evaluation = evaluate(TeamStatus.ACTIVE, decision("dev").budget("20000 EUR").build());

        assertThat(evaluation).isEqualTo(new Evaluation(Verdict.WITHIN_REMIT, List.of(), DEV, null));
    }

    @Test
    void shouldEscalateBreachesToNearestAncestorWithAuthorityAndRecordTheRefusingBoundary() {
        DecisionFacts facts = decision("dev").budget("50000 EUR").risk(Risk.HIGH).build();

        assertThat(evaluate(TeamStatus.ACTIVE, facts)).isEqualTo(Evaluation.escalated(
                List.of("budget 50000 EUR exceeds 20000 EUR", "risk HIGH exceeds MEDIUM"), DEV, "eng"));
    }

    @Test
    void shouldEscalateToTheRootWhenNoAncestorHoldsTheAuthority() {
        DecisionFacts facts = decision("dev").scope(Scope.ORGANISATION).build();

        assertThat(evaluate(TeamStatus.ACTIVE, facts).escalationTargetTeamId()).isEqualTo("org");
    }

    @Test
    void shouldEscalateEveryDecisionOfASuspendedTeam() {
        Evaluation evaluation = evaluate(TeamStatus.SUSPENDED, decision("dev").build());

        assertThat(evaluation).isEqualTo(Evaluation.escalated(List.of("autonomy suspended"), null, "eng"));
    }

    @Test
    void shouldRefuseDecisionsOfAnArchivedTeam() {
        assertThatExceptionOfType(TeamArchivedException.class)
                .isThrownBy(() -> evaluate(TeamStatus.ARCHIVED, decision("dev").build()))
                .satisfies(e -> assertThat(e.teamId()).isEqualTo("dev"));
    }

    @ParameterizedTest(name = "a {0} root decides within remit")
    @EnumSource(value = TeamStatus.class, names = {"ACTIVE", "SUSPENDED"})
    void shouldLetTheRootDecideEverythingWithinRemit(TeamStatus status) {
        DecisionFacts facts = new DecisionFacts("org", "vendor", Fixtures.money("9999999 USD"), Risk.CRITICAL,
                Scope.ORGANISATION, false, Fixtures.DECIDED_AT);

        Evaluation evaluation = RemitEvaluator.evaluate(List.of(new TeamNode("org", null, status, true)),
                Map.of(), facts);

        assertThat(evaluation).isEqualTo(Evaluation.withinRemit(null));
    }

    @Test
    void shouldRefuseDecisionsOfAnArchivedRoot() {
        assertThatExceptionOfType(TeamArchivedException.class).isThrownBy(() -> RemitEvaluator.evaluate(
                List.of(new TeamNode("org", null, TeamStatus.ARCHIVED, true)), Map.of(), decision("org").build()));
    }

    static Stream<Arguments> boundariesThatDoNotApply() {
        return Stream.of(
                Arguments.of("none at all", Map.of("eng", ENG)),
                Arguments.of("one for another category", Map.of("dev", boundary("dev").category("spend").build())),
                Arguments.of("one that expired",
                        Map.of("dev", boundary("dev").category("vendor").validUntil("2025-05-01").build())),
                Arguments.of("one not yet in force",
                        Map.of("dev", boundary("dev").category("vendor").validFrom("2025-07-01").build())));
    }

    @ParameterizedTest(name = "dev has {0}")
    @MethodSource("boundariesThatDoNotApply")
    void shouldEscalateWhenTheTeamHasNoBoundaryForTheCategory(String situation, Map<String, BoundaryTerms> boundaries) {
        Evaluation evaluation = RemitEvaluator.evaluate(chain(TeamStatus.ACTIVE), boundaries,
                decision("dev").category("vendor").build());

        assertThat(evaluation).isEqualTo(Evaluation.escalated(List.of("no boundary for category 'vendor'"), null,
                new EscalationRoute("org", List.of(new SkippedTeam("eng", SkipReason.NO_BOUNDARY,
                        "no boundary for category 'vendor' in force at " + Fixtures.DECIDED_AT)))));
    }

    @Test
    void shouldRefuseABudgetInAnotherCurrencyThanTheTeamsBoundary() {
        assertThatExceptionOfType(CurrencyMismatchException.class)
                .isThrownBy(() -> evaluate(TeamStatus.ACTIVE, decision("dev").budget("10 USD").build()))
                .satisfies(e -> assertThat(List.of(e.teamId(), e.expected(), e.actual()))
                        .containsExactly("dev", "EUR", "USD"));
    }

    static Stream<Arguments> brokenChains() {
        TeamNode org = new TeamNode("org", null, TeamStatus.ACTIVE, true);
        TeamNode eng = new TeamNode("eng", "org", TeamStatus.ACTIVE, true);
        TeamNode dev = new TeamNode("dev", "eng", TeamStatus.ACTIVE, true);
        return Stream.of(
                Arguments.of("empty", List.of()),
                Arguments.of("starting with another team", List.of(eng, org)),
                Arguments.of("skipping a parent", List.of(dev, org)),
                Arguments.of("stopping short of the root", List.of(dev, eng)));
    }

    @ParameterizedTest(name = "chain {0}")
    @MethodSource("brokenChains")
    void shouldRefuseAChainThatDoesNotLeadFromTheTeamToTheRoot(String situation, List<TeamNode> chain) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RemitEvaluator.evaluate(chain, BOUNDARIES, decision("dev").build()));
    }

    private static Evaluation evaluate(TeamStatus devStatus, DecisionFacts facts) {
        return RemitEvaluator.evaluate(chain(devStatus), BOUNDARIES, facts);
    }

    private static List<TeamNode> chain(TeamStatus devStatus) {
        return List.of(new TeamNode("dev", "eng", devStatus, true), new TeamNode("eng", "org", TeamStatus.ACTIVE, true),
                new TeamNode("org", null, TeamStatus.ACTIVE, true));
    }
}
