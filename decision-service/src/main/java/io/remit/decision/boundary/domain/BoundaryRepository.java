package io.remit.decision.boundary.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.remit.decision.evaluation.BoundaryTerms;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class BoundaryRepository implements PanacheRepositoryBase<Boundary, String> {

    public List<Boundary> findVersions(String teamId, String category) {
        return list("teamId = ?1 and category = ?2 order by version", teamId, category);
    }

    /** The team's versions in force at the given time, one per category at most, in category order: one query. */
    public List<Boundary> findInForce(String teamId, Instant at) {
        List<Boundary> rows = list("teamId = ?1 order by category, version", teamId);
        Set<String> inForce = effective(rows).stream().filter(t -> t.validAt(at)).map(BoundaryTerms::id)
                .collect(Collectors.toSet());
        return rows.stream().filter(row -> inForce.contains(row.id)).toList();
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

    /**
     * Per team, its boundary for the category in force at the given time. The rows are read only: nothing is kept
     * for dirty checking at the commit.
     */
    public Map<String, BoundaryTerms> findValidAt(Collection<String> teamIds, String category, Instant at) {
        if (teamIds.isEmpty()) {
            return Map.of();
        }
        List<Boundary> rows = find("teamId in ?1 and category = ?2 order by teamId, version", teamIds, category)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .list();
        return effective(rows).stream()
                .filter(t -> t.validAt(at))
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
