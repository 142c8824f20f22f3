package io.remit.decision.evaluation;

import static io.remit.decision.evaluation.Fixtures.boundary;
import static io.remit.decision.evaluation.Fixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ancestors are written nearest first as "id/STATUS/detail > ...", the last one being the root.
 * For routing, detail names the ancestor's own boundary; for the next level, whether it has a lead.
 */
class EscalationRoutingTest {

    /** Needs 50000 EUR, HIGH risk, TEAM scope, reversible. */
    private static final DecisionFacts DECISION = decision("dev").budget("50000 EUR").risk(Risk.HIGH).build();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # ancestors, nearest first                                          | target
            eng/ACTIVE/covers > org/ACTIVE/none                                 | eng
            eng/ACTIVE/covers > div/ACTIVE/covers > org/ACTIVE/none             | eng
            eng/ACTIVE/short-budget > div/ACTIVE/covers > org/ACTIVE/none       | div
            eng/ACTIVE/short-risk > div/ACTIVE/none > area/ACTIVE/covers > org/ACTIVE/none | area
            eng/ACTIVE/none > div/ACTIVE/short-budget > org/ACTIVE/none         | org
            eng/SUSPENDED/covers > div/ACTIVE/covers > org/ACTIVE/none          | div
            eng/ARCHIVED/covers > div/ACTIVE/covers > org/ACTIVE/none           | div
            eng/SUSPENDED/covers > div/ARCHIVED/covers > org/ACTIVE/none        | org
            eng/SUSPENDED/covers > org/SUSPENDED/none                           | org
            eng/ACTIVE/in-usd > div/ACTIVE/covers > org/ACTIVE/none             | div
            eng/ACTIVE/expired > div/ACTIVE/covers > org/ACTIVE/none            | div
            eng/ACTIVE/other-category > org/ACTIVE/none                         | org
            org/ACTIVE/none                                                     | org
            """)
    void shouldEscalateToNearestAncestorWithAuthority(String ancestors, String target) {
        Map<String, BoundaryTerms> boundaries = new HashMap<>();
        List<TeamNode> chain = teams(ancestors, (id, detail) -> {
            if (!detail.equals("none")) {
                boundaries.put(id, boundaryOf(id, detail));
            }
            return true;
        });

        assertThat(EscalationRouting.nearestAuthority(chain, boundaries, DECISION)).isEqualTo(target);
    }

    @Test
    void shouldRefuseToRouteWithoutAncestors() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EscalationRouting.nearestAuthority(List.of(), Map.of(), DECISION));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # ancestors of the current target, nearest first                    | next target
            div/ACTIVE/lead > org/ACTIVE/lead                                   | div
            div/ARCHIVED/lead > area/ACTIVE/lead > org/ACTIVE/lead              | area
            div/ACTIVE/no-lead > area/ACTIVE/lead > org/ACTIVE/lead             | area
            div/ARCHIVED/lead > area/ACTIVE/no-lead > org/ACTIVE/lead           | org
            div/ARCHIVED/lead > area/ACTIVE/no-lead > org/ACTIVE/no-lead        | org
            div/SUSPENDED/lead > org/ACTIVE/lead                                | div
            org/ACTIVE/lead                                                     | org
            """)
    void shouldMoveUpSkippingArchivedAndLeadlessTeamsUpToTheRoot(String ancestors, String next) {
        List<TeamNode> chain = teams(ancestors, (id, detail) -> detail.equals("lead"));

        assertThat(EscalationRouting.nextLevel(chain)).contains(next);
    }

    @Test
    void shouldStayAtTheRootWhenThereIsNoLevelAbove() {
        assertThat(EscalationRouting.nextLevel(List.of())).isEmpty();
    }

    private interface DetailReader {
        boolean hasLead(String id, String detail);
    }

    private static List<TeamNode> teams(String notation, DetailReader details) {
        String[] tokens = notation.split(">");
        List<TeamNode> teams = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String[] parts = tokens[i].trim().split("/");
            String parentId = i + 1 < tokens.length ? tokens[i + 1].trim().split("/")[0] : null;
            boolean hasLead = details.hasLead(parts[0], parts[2]);
            teams.add(new TeamNode(parts[0], parentId, TeamStatus.valueOf(parts[1]), hasLead));
        }
        return teams;
    }

    private static BoundaryTerms boundaryOf(String teamId, String kind) {
        Fixtures.BoundaryBuilder covering = boundary(teamId).maxBudget("100000 EUR").maxRisk(Risk.HIGH);
        return switch (kind) {
            case "covers" -> covering.build();
            case "short-budget" -> covering.maxBudget("49999.99 EUR").build();
            case "short-risk" -> covering.maxRisk(Risk.MEDIUM).build();
            case "in-usd" -> covering.maxBudget("100000 USD").build();
            case "expired" -> covering.validUntil("2025-06-01").build();
            case "other-category" -> covering.category("vendor").build();
            default -> throw new IllegalArgumentException("unknown boundary kind " + kind);
        };
    }
}
