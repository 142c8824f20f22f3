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

    /**
     * Per team, its boundary for the category in force at the given time, with the id of that version's row. The
     * rows are read only: nothing is kept for dirty checking at the commit.
     */
    public ValidBoundaries findValidAt(Collection<String> teamIds, String category, Instant at) {
        if (teamIds.isEmpty()) {
            return new ValidBoundaries(Map.of(), Map.of());
        }
        List<Boundary> rows = find("teamId in ?1 and category = ?2 order by teamId, version", teamIds, category)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .list();
        Map<String, BoundaryTerms> terms = effective(rows).stream()
                .filter(t -> t.validAt(at))
                .collect(Collectors.toMap(BoundaryTerms::teamId, Function.identity()));
        Map<String, String> ids = new HashMap<>();
        for (Boundary row : rows) {
            BoundaryTerms valid = terms.get(row.teamId);
            if (valid != null && valid.version() == row.version) {
                ids.put(row.teamId, row.id);
            }
        }
        return new ValidBoundaries(terms, ids);
    }

    /** The boundaries in force for one category at one time, per team, and the row id of each. */
    public record ValidBoundaries(Map<String, BoundaryTerms> byTeam, Map<String, String> idsByTeam) {

        /** The id of the stored version behind the given terms. */
        public String idOf(BoundaryTerms terms) {
            return idsByTeam.get(terms.teamId());
        }
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
