package io.remit.decision.evaluation;

import static io.remit.decision.evaluation.Fixtures.boundary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tree: org (root) > eng > dev, and org > ops, e.g. after dev was moved under the stricter eng. */
class NestingConflictsTest {

    /** Each team's parent; the root has none. */
    private static final Map<String, String> TREE = Map.of("eng", "org", "dev", "eng", "ops", "org");

    private static final List<BoundaryTerms> BOUNDARIES = List.of(
            boundary("org").maxBudget("100000 EUR").maxRisk(Risk.HIGH).maxScope(Scope.ORGANISATION).build(),
            boundary("org").category("hiring").maxRisk(Risk.HIGH).build(),
            boundary("eng").maxBudget("50000 EUR").maxRisk(Risk.HIGH).build(),
            boundary("eng").category("architecture").maxRisk(Risk.LOW)
                    .validUntil("2025-01-01").validFrom("2024-01-01").build(),
            boundary("dev").maxBudget("80000 EUR").build(),
            boundary("dev").category("hiring").maxRisk(Risk.CRITICAL).build(),
            boundary("dev").category("architecture").maxRisk(Risk.CRITICAL).validFrom("2025-01-01").build(),
            boundary("ops").maxBudget("200000 USD").build());

    private static final List<NestingConflict> EXPECTED = List.of(
            new NestingConflict("dev", "eng", "spend", "maxBudget",
                    "maxBudget 80000 EUR of team 'dev' exceeds 50000 EUR of team 'eng'"),
            new NestingConflict("dev", "org", "hiring", "maxRisk",
                    "maxRisk CRITICAL of team 'dev' exceeds HIGH of team 'org'"),
            new NestingConflict("ops", "org", "spend", "maxBudget",
                    "maxBudget currency USD of team 'ops' differs from EUR of team 'org'"));

    @ParameterizedTest(name = "boundaries shuffled with seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void shouldListEveryTeamExceedingAnAncestorInAStableOrder(long seed) {
        List<BoundaryTerms> shuffled = new ArrayList<>(BOUNDARIES);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(BoundaryNesting.conflicts(TREE, shuffled)).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void shouldListNothingWhenEveryBoundaryNests() {
        List<BoundaryTerms> nested = List.of(boundary("org").maxRisk(Risk.CRITICAL).build(),
                boundary("eng").build(), boundary("dev").maxBudget("100 EUR").build());

        assertThat(BoundaryNesting.conflicts(TREE, nested)).isEmpty();
    }

    @Test
    void shouldSurviveACycleOrAMissingParentInTheReplica() {
        Map<String, String> broken = Map.of("a", "b", "b", "a", "c", "unknown");
        List<BoundaryTerms> boundaries = List.of(boundary("a").maxRisk(Risk.HIGH).build(), boundary("b").build(),
                boundary("c").maxRisk(Risk.HIGH).build(), boundary("unknown").build());

        assertThat(BoundaryNesting.conflicts(broken, boundaries))
                .extracting(NestingConflict::teamId, NestingConflict::ancestorTeamId)
                .containsExactly(tuple("a", "b"), tuple("c", "unknown"));
    }
}
