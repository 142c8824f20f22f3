package io.remit.decision.boundary.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.remit.decision.evaluation.BoundaryTerms;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class BoundaryRepository implements PanacheRepositoryBase<Boundary, String> {

    public List<Boundary> findVersions(String teamId, String category) {
        return list("teamId = ?1 and category = ?2 order by version", teamId, category);
    }

    public Optional<Boundary> findVersion(String teamId, String category, int version) {
        return find("teamId = ?1 and category = ?2 and version = ?3", teamId, category, version).firstResultOptional();
    }

    /** The versions in force, for one category, of each of the given teams. */
    public List<BoundaryTerms> findEffectiveTerms(Collection<String> teamIds, String category) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        List<Boundary> rows = list("teamId in ?1 and category = ?2 order by teamId, version", teamIds, category);
        return effective(rows);
    }

    /** Every team's versions in force, every category. */
    public List<BoundaryTerms> findAllEffectiveTerms() {
        return effective(list("order by teamId, category, version"));
    }

    /** Per team, its boundary for the category in force at the given time. */
    public Map<String, BoundaryTerms> findValidAt(Collection<String> teamIds, String category, Instant at) {
        return findEffectiveTerms(teamIds, category).stream()
                .filter(terms -> terms.validAt(at))
                .collect(Collectors.toMap(BoundaryTerms::teamId, Function.identity()));
    }

    private static List<BoundaryTerms> effective(List<Boundary> rowsGroupedInVersionOrder) {
        Map<String, List<Boundary>> byTeamAndCategory = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Boundary row : rowsGroupedInVersionOrder) {
            String key = row.teamId + "/" + row.category;
            byTeamAndCategory.computeIfAbsent(key, k -> {
                order.add(k);
                return new ArrayList<>();
            }).add(row);
        }
        return order.stream().flatMap(key -> BoundaryHistory.effectiveTerms(byTeamAndCategory.get(key)).stream())
                .toList();
    }
}
