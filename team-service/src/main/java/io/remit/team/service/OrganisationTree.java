package io.remit.team.service;

import io.remit.team.domain.Membership;
import io.remit.team.domain.Team;
import io.remit.team.domain.TeamStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The whole organisation as a tree, built in memory from every team and every lead membership (two queries, however
 * many teams there are), with the number of teams in each status. Children are ordered by name, then id.
 */
public record OrganisationTree(List<TeamBranch> roots, int active, int suspended, int archived) {

    /** The order of teams beside each other: by name, ignoring case, then by id. */
    static final Comparator<Team> BY_NAME = Comparator.comparing((Team team) -> team.name,
            String.CASE_INSENSITIVE_ORDER).thenComparing(team -> team.id);

    public OrganisationTree {
        roots = List.copyOf(roots);
    }

    public int teams() {
        return active + suspended + archived;
    }

    /**
     * The tree of these teams: a team hangs under its parent, and one without a parent (the root, or an archived
     * former root) starts a tree of its own. Without archived teams they are left out with what lies under them;
     * the registry keeps only archived teams under an archived one. A team whose parent is not among those drawn
     * still appears, at the top, so that nothing the registry holds goes missing from the page.
     */
    public static OrganisationTree of(Collection<Team> teams, Collection<Membership> leads, boolean withArchived) {
        Map<String, List<String>> leadsByTeam = leads.stream().collect(Collectors.groupingBy(m -> m.teamId,
                Collectors.mapping(m -> m.userId, Collectors.collectingAndThen(Collectors.toList(),
                        ids -> ids.stream().sorted().toList()))));
        List<Team> drawn = teams.stream().filter(team -> withArchived || !team.isArchived()).sorted(BY_NAME).toList();
        Set<String> drawnIds = drawn.stream().map(team -> team.id).collect(Collectors.toSet());
        Map<String, List<Team>> childrenByParent = new HashMap<>();
        List<Team> tops = new ArrayList<>();
        for (Team team : drawn) {
            if (team.parentId == null || !drawnIds.contains(team.parentId)) {
                tops.add(team);
            } else {
                childrenByParent.computeIfAbsent(team.parentId, parent -> new ArrayList<>()).add(team);
            }
        }
        List<TeamBranch> roots = tops.stream().map(team -> branch(team, childrenByParent, leadsByTeam)).toList();
        Map<TeamStatus, Long> counts = teams.stream().collect(Collectors.groupingBy(t -> t.status,
                Collectors.counting()));
        return new OrganisationTree(roots, count(counts, TeamStatus.ACTIVE), count(counts, TeamStatus.SUSPENDED),
                count(counts, TeamStatus.ARCHIVED));
    }

    private static TeamBranch branch(Team team, Map<String, List<Team>> childrenByParent,
            Map<String, List<String>> leadsByTeam) {
        List<TeamBranch> children = childrenByParent.getOrDefault(team.id, List.of()).stream()
                .map(child -> branch(child, childrenByParent, leadsByTeam)).toList();
        return new TeamBranch(team, leadsByTeam.getOrDefault(team.id, List.of()), children);
    }

    private static int count(Map<TeamStatus, Long> counts, TeamStatus status) {
        return counts.getOrDefault(status, 0L).intValue();
    }
}
