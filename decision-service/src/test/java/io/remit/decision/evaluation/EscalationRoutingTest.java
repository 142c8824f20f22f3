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
 * For routing, detail names the ancestor's own boundary; for the next level, whether it has a lead. Skipped teams are
 * written "id:REASON", nearest first.
 */
class EscalationRoutingTest {

    /** Needs 50000 EUR, HIGH risk, TEAM scope, reversible. */
    private static final DecisionFacts DECISION = decision("dev").budget("50000 EUR").risk(Risk.HIGH).build();

    @ParameterizedTest(name = "{0} -> {1}, skipping {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # ancestors, nearest first                                     | target | skipped, nearest first
            eng/ACTIVE/covers > org/ACTIVE/none                            | eng    | -
            eng/ACTIVE/covers > div/ACTIVE/covers > org/ACTIVE/none        | eng    | -
            eng/ACTIVE/short-budget > div/ACTIVE/covers > org/ACTIVE/none  | div    | eng:NOT_COVERED
            eng/ACTIVE/short-risk > div/ACTIVE/none > org/ACTIVE/none      | org    | eng:NOT_COVERED div:NO_BOUNDARY
            eng/ACTIVE/none > div/ACTIVE/short-budget > org/ACTIVE/none    | org    | eng:NO_BOUNDARY div:NOT_COVERED
            eng/SUSPENDED/covers > div/ACTIVE/covers > org/ACTIVE/none     | div    | eng:SUSPENDED
            eng/UNKNOWN/covers > div/ACTIVE/covers > org/ACTIVE/none       | div    | eng:SUSPENDED
            eng/ARCHIVED/covers > div/ACTIVE/covers > org/ACTIVE/none      | div    | eng:ARCHIVED
            eng/SUSPENDED/covers > div/ARCHIVED/covers > org/ACTIVE/none   | org    | eng:SUSPENDED div:ARCHIVED
            eng/SUSPENDED/covers > org/SUSPENDED/none                      | org    | eng:SUSPENDED
            eng/ACTIVE/in-usd > div/ACTIVE/covers > org/ACTIVE/none        | div    | eng:NOT_COVERED
            eng/ACTIVE/expired > div/ACTIVE/covers > org/ACTIVE/none       | div    | eng:NO_BOUNDARY
            eng/ACTIVE/other-category > org/ACTIVE/none                    | org    | eng:NO_BOUNDARY
            org/ACTIVE/none                                                | org    | -
            org/ARCHIVED/none                                              | org    | -
            """)
    void shouldEscalateToNearestAncestorWithAuthorityNamingTheTeamsSkipped(String ancestors, String target,
                                                                            String skipped) {
        Map<String, BoundaryTerms> boundaries = new HashMap<>();
        List<TeamNode> chain = teams(ancestors, (id, detail) -> {
            if (!detail.equals("none")) {
                boundaries.put(id, boundaryOf(id, detail));
            }
            return true;
        });

        EscalationRoute route = EscalationRouting.nearestAuthority(chain, boundaries, DECISION);

        assertThat(route.targetTeamId()).isEqualTo(target);
        assertThat(notation(route.skipped())).isEqualTo(skipped);
    }

    @Test
    void shouldStopSkippingAtTheFirstTeamThatCovers() {
        Map<String, BoundaryTerms> boundaries = Map.of("div", boundaryOf("div", "short-risk"),
                "area", boundaryOf("area", "covers"), "org", boundaryOf("org", "covers"));
        List<TeamNode> chain = teams("eng/ACTIVE/- > div/ACTIVE/- > area/ACTIVE/- > org/ACTIVE/-", (id, d) -> true);

        EscalationRoute route = EscalationRouting.nearestAuthority(chain, boundaries, DECISION);

        assertThat(route.targetTeamId()).isEqualTo("area");
        assertThat(notation(route.skipped())).isEqualTo("eng:NO_BOUNDARY div:NOT_COVERED");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # the nearest ancestor                 | why routing passed over it
            eng/ACTIVE/short-budget                | budget 50000 EUR exceeds 49999.99 EUR
            eng/ACTIVE/short-budget-and-risk       | budget 50000 EUR exceeds 20000 EUR; risk HIGH exceeds MEDIUM
            eng/ACTIVE/no-spending                 | budget 50000 EUR exceeds 0: the boundary grants no spending
            eng/ACTIVE/in-usd                      | currency EUR differs from USD used by the boundary of team 'eng'
            eng/ACTIVE/none                        | no boundary for category 'spend' in force at 2025-06-01T10:00:00Z
            eng/ACTIVE/expired                     | no boundary for category 'spend' in force at 2025-06-01T10:00:00Z
            eng/SUSPENDED/covers                   | autonomy suspended
            eng/UNKNOWN/covers                     | a status this service does not know holds no autonomy
            eng/ARCHIVED/covers                    | archived
            """)
    void shouldSayInTheEvaluationsWordsWhyATeamWasSkipped(String nearest, String detail) {
        Map<String, BoundaryTerms> boundaries = new HashMap<>();
        List<TeamNode> chain = teams(nearest + " > org/ACTIVE/none", (id, kind) -> {
            if (!kind.equals("none")) {
                boundaries.put(id, boundaryOf(id, kind));
            }
            return true;
        });

        EscalationRoute route = EscalationRouting.nearestAuthority(chain, boundaries, DECISION);

        assertThat(route.skipped()).extracting(SkippedTeam::detail).containsExactly(detail);
    }

    @Test
    void shouldRefuseToRouteWithoutAncestors() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EscalationRouting.nearestAuthority(List.of(), Map.of(), DECISION));
    }

    @ParameterizedTest(name = "{0} -> {1}, skipping {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # ancestors of the current target, nearest first             | next | skipped, nearest first
            div/ACTIVE/lead > org/ACTIVE/lead                            | div  | -
            div/ARCHIVED/lead > area/ACTIVE/lead > org/ACTIVE/lead       | area | div:ARCHIVED
            div/ACTIVE/no-lead > area/ACTIVE/lead > org/ACTIVE/lead      | area | div:NO_LEAD_OR_DELEGATE
            div/ARCHIVED/lead > area/ACTIVE/no-lead > org/ACTIVE/lead    | org  | div:ARCHIVED area:NO_LEAD_OR_DELEGATE
            div/ARCHIVED/lead > area/ACTIVE/no-lead > org/ACTIVE/no-lead | org  | div:ARCHIVED area:NO_LEAD_OR_DELEGATE
            div/ARCHIVED/no-lead > org/ACTIVE/lead                       | org  | div:ARCHIVED
            div/SUSPENDED/lead > org/ACTIVE/lead                         | div  | -
            div/SUSPENDED/no-lead > org/ACTIVE/lead                      | org  | div:NO_LEAD_OR_DELEGATE
            org/ACTIVE/lead                                              | org  | -
            org/ACTIVE/no-lead                                           | org  | -
            """)
    void shouldMoveUpSkippingArchivedAndLeadlessTeamsUpToTheRoot(String ancestors, String next, String skipped) {
        List<TeamNode> chain = teams(ancestors, (id, detail) -> detail.equals("lead"));

        EscalationRoute route = EscalationRouting.nextLevel(chain).orElseThrow();

        assertThat(route.targetTeamId()).isEqualTo(next);
        assertThat(notation(route.skipped())).isEqualTo(skipped);
    }

    @Test
    void shouldSayWhyAMoveUpPassedOverATeam() {
        List<TeamNode> chain = teams("div/ARCHIVED/lead > area/ACTIVE/no-lead > org/ACTIVE/lead",
                (id, detail) -> detail.equals("lead"));

        assertThat(EscalationRouting.nextLevel(chain).orElseThrow().skipped()).containsExactly(
                new SkippedTeam("div", SkipReason.ARCHIVED, "archived"),
                new SkippedTeam("area", SkipReason.NO_LEAD_OR_DELEGATE,
                        "no lead, and no delegate standing in for one, to take it"));
    }

    @Test
    void shouldStayAtTheRootWhenThereIsNoLevelAbove() {
        assertThat(EscalationRouting.nextLevel(List.of())).isEmpty();
    }

    /** "eng:NOT_COVERED div:NO_BOUNDARY", or "-" for none. */
    private static String notation(List<SkippedTeam> skipped) {
        return skipped.isEmpty() ? "-" : String.join(" ", skipped.stream()
                .map(skip -> skip.teamId() + ":" + skip.reason()).toList());
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
            case "short-budget-and-risk" -> covering.maxBudget("20000 EUR").maxRisk(Risk.MEDIUM).build();
            case "no-spending" -> covering.maxBudget("-").build();
            case "in-usd" -> covering.maxBudget("100000 USD").build();
            case "expired" -> covering.validUntil("2025-06-01").build();
            case "other-category" -> covering.category("vendor").build();
            default -> throw new IllegalArgumentException("unknown boundary kind " + kind);
        };
    }
}
