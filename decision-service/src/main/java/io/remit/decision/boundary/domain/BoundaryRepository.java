package io.remit.decision.boundary.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.remit.decision.evaluation.BoundaryTerms;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class BoundaryRepository implements PanacheRepositoryBase<Boundary, String> {

    public List<Boundary> findVersions(String teamId, String category) {
        return list("teamId = ?1 and category = ?2 order by version", teamId, category);
    }

    /**
     * A version is in force at a time when it has started, its own validUntil has not passed, and its successor (the
     * next version number; numbers have no gaps) has not started yet: {@link BoundaryHistory}'s rule, asked of the
     * database so that only the versions in force are read. The unique (team, category, version) index answers the
     * successor probe.
     */
    private static final String IN_FORCE = "from Boundary b where b.validFrom <= :at"
            + " and (b.validUntil is null or b.validUntil > :at)"
            + " and not exists (select 1 from Boundary n where n.teamId = b.teamId and n.category = b.category"
            + " and n.version = b.version + 1 and n.validFrom <= :at)";

    /**
     * The team's versions in force at the given time, one per category at most, in category order: one query that
     * reads those rows only, read only (nothing kept for dirty checking).
     */
    public List<Boundary> findInForce(String teamId, Instant at) {
        return find(IN_FORCE + " and b.teamId = :teamId order by b.category", Parameters.with("at", at)
                .and("teamId", teamId))
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .list();
    }

    /**
     * Every team's versions in force at the given time, every category, in team and category order: one read-only
     * query whose rows are the versions in force only, not the whole history. Each carries its own validUntil; a
     * successor scheduled later shortens it in {@link BoundaryHistory}'s view, which is no matter to whoever
     * compares versions in force at that same time.
     */
    public List<BoundaryTerms> findAllInForce(Instant at) {
        List<Boundary> rows = find(IN_FORCE + " order by b.teamId, b.category", Parameters.with("at", at))
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .list();
        return rows.stream().flatMap(row -> BoundaryHistory.effectiveTerms(List.of(row)).stream()).toList();
    }

    /** The versions in force, for one category, of each of the given teams. */
    public List<BoundaryTerms> findEffectiveTerms(Collection<String> teamIds, String category) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        List<Boundary> rows = list("teamId in ?1 and category = ?2 order by teamId, version", teamIds, category);
        return effective(rows);
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
