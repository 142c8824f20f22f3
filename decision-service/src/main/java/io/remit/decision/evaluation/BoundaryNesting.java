package io.remit.decision.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Rule 5: a team may never be granted more than any team above it, for the same category at the same time. */
public final class BoundaryNesting {

    private static final Comparator<NestingConflict> REPORT_ORDER = Comparator
            .comparing(NestingConflict::teamId)
            .thenComparing(NestingConflict::ancestorTeamId)
            .thenComparing(NestingConflict::category)
            .thenComparing(NestingConflict::dimension)
            .thenComparing(NestingConflict::detail);

    private BoundaryNesting() {
    }

    /**
     * Refuses a boundary write that would break nesting in either direction. Only boundaries of the
     * same category whose validity overlaps the candidate's can conflict; a later or earlier version
     * never constrains it. Currency is checked against all of them first, because until currencies
     * agree no amount can be compared.
     *
     * @throws CurrencyMismatchException naming the other team, whose currency is the expected one
     * @throws NestingConflictException  naming the other team and the first dimension exceeded
     */
    public static void check(BoundaryTerms candidate, List<BoundaryTerms> ancestorBoundaries,
                             List<BoundaryTerms> descendantBoundaries) {
        List<BoundaryTerms> ancestors = concurrentWith(candidate, ancestorBoundaries);
        List<BoundaryTerms> descendants = concurrentWith(candidate, descendantBoundaries);
        requireCurrencyOf(candidate, ancestors);
        requireCurrencyOf(candidate, descendants);
        for (BoundaryTerms ancestor : ancestors) {
            BoundaryExcess.firstExcess(candidate, ancestor).ifPresent(excess -> {
                throw new NestingConflictException(ancestor.teamId(), excess.dimension(), excess.detail());
            });
        }
        for (BoundaryTerms descendant : descendants) {
            BoundaryExcess.firstExcess(descendant, candidate).ifPresent(excess -> {
                throw new NestingConflictException(descendant.teamId(), excess.dimension(), excess.detail());
            });
        }
    }

    /**
     * Every (team, ancestor) pair whose concurrent boundaries for one category break nesting, as a
     * re-parenting can leave them behind. A currency difference is listed as a maxBudget conflict
     * rather than thrown, because governance needs to see all of them at once.
     *
     * @param parentIds each team's parent; a team without one (a root) may be left out
     */
    public static List<NestingConflict> conflicts(Map<String, String> parentIds,
                                                  List<BoundaryTerms> currentBoundaries) {
        Map<String, List<BoundaryTerms>> byTeam = currentBoundaries.stream()
                .collect(Collectors.groupingBy(BoundaryTerms::teamId));
        List<NestingConflict> conflicts = new ArrayList<>();
        for (BoundaryTerms boundary : currentBoundaries) {
            for (String ancestorId : ancestorIds(boundary.teamId(), parentIds)) {
                for (BoundaryTerms ancestor : concurrentWith(boundary, byTeam.getOrDefault(ancestorId, List.of()))) {
                    BoundaryExcess.firstExcess(boundary, ancestor)
                            .ifPresent(excess -> conflicts.add(new NestingConflict(boundary.teamId(), ancestorId,
                                    boundary.category(), excess.dimension(), excess.detail())));
                }
            }
        }
        return conflicts.stream().distinct().sorted(REPORT_ORDER).toList();
    }

    private static List<BoundaryTerms> concurrentWith(BoundaryTerms candidate, List<BoundaryTerms> others) {
        return others.stream()
                .filter(other -> !other.teamId().equals(candidate.teamId()))
                .filter(other -> other.category().equals(candidate.category()))
                .filter(candidate::overlaps)
                .toList();
    }

    private static void requireCurrencyOf(BoundaryTerms candidate, List<BoundaryTerms> others) {
        for (BoundaryTerms other : others) {
            if (BoundaryExcess.currenciesDiffer(candidate, other)) {
                throw new CurrencyMismatchException(other.teamId(), other.maxBudget().currency(),
                        candidate.maxBudget().currency());
            }
        }
    }

    // The replica may be mid-update, so a missing parent ends the walk and a cycle never loops forever.
    private static List<String> ancestorIds(String teamId, Map<String, String> parentIds) {
        List<String> ancestors = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(teamId));
        String parentId = parentIds.get(teamId);
        while (parentId != null && seen.add(parentId)) {
            ancestors.add(parentId);
            parentId = parentIds.get(parentId);
        }
        return ancestors;
    }
}
