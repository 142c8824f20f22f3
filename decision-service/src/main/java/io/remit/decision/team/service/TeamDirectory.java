package io.remit.decision.team.service;

import io.remit.decision.evaluation.Eligibility;
import io.remit.decision.evaluation.TeamNode;
import io.remit.decision.evaluation.TeamStatus;
import io.remit.decision.team.domain.ReplicaDelegation;
import io.remit.decision.team.domain.ReplicaTeam;
import io.remit.decision.team.domain.TeamReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Answers questions about the organisation from the local replica of the team registry. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TeamDirectory {

    private static final int MAX_DEPTH = 100;

    private final TeamReplicaRepository teams;

    TeamDirectory(TeamReplicaRepository teams) {
        this.teams = teams;
    }

    public ReplicaTeam findTeam(String teamId) {
        return teams.findByIdOptional(teamId).orElseThrow(() -> TeamProblems.unknownTeam(teamId));
    }

    /** The team's name, or its id while the replica does not have it: for people, who read names. */
    public String nameOf(String teamId) {
        return teams.findByIdOptional(teamId).map(team -> team.name).orElse(teamId);
    }

    /**
     * The team, then its ancestors nearest first up to the root, as the evaluation rules see them. A team this
     * replica does not know is refused (404), since no rule can judge it, and so is one whose ancestors have not all
     * arrived (503). One query, whatever the depth.
     */
    public List<TeamNode> chainOfKnownTeam(String teamId) {
        List<TeamNode> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object[] row : teams.findChainRows(teamId, MAX_DEPTH)) {
            String id = (String) row[0];
            if (!seen.add(id)) {
                break;
            }
            chain.add(new TeamNode(id, (String) row[1], TeamStatus.fromText((String) row[2]),
                    ((Number) row[3]).intValue() == 1));
        }
        if (chain.isEmpty()) {
            throw TeamProblems.unknownTeam(teamId);
        }
        if (!chain.get(chain.size() - 1).isRoot()) {
            throw TeamProblems.incompleteHierarchy(teamId);
        }
        return chain;
    }

    /**
     * The team and its ancestors, nearest first, as eligibility judges them: each with its leads and the
     * delegations to the given user there, as the replica holds them now. Three queries, whatever the depth.
     */
    public List<Eligibility.Authority> authoritiesOver(String teamId, String delegate) {
        List<String> chain = chainOfKnownTeam(teamId).stream().map(TeamNode::id).toList();
        Map<String, Set<String>> leads = new HashMap<>();
        for (Object[] row : teams.findLeadRows(chain)) {
            leads.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]);
        }
        Map<String, List<Eligibility.Delegation>> delegations = new HashMap<>();
        for (ReplicaDelegation d : teams.findDelegationsTo(delegate, chain)) {
            delegations.computeIfAbsent(d.teamId, k -> new ArrayList<>()).add(new Eligibility.Delegation(d.id,
                    d.delegator, d.delegate, d.validFrom, d.validUntil, d.categoryList()));
        }
        return chain.stream().map(id -> new Eligibility.Authority(id, leads.getOrDefault(id, Set.of()),
                delegations.getOrDefault(id, List.of()))).toList();
    }

    /** Everyone in the team, members and leads. */
    public Set<String> membersOf(String teamId) {
        return Set.copyOf(teams.findMemberIds(teamId));
    }

    /** Every team below the given one, at any depth. */
    public List<String> descendantsOf(String teamId) {
        Map<String, List<String>> children = new HashMap<>();
        parentIds().forEach((child, parent) -> children.computeIfAbsent(parent, k -> new ArrayList<>()).add(child));
        Set<String> descendants = new LinkedHashSet<>();
        List<String> frontier = new ArrayList<>(children.getOrDefault(teamId, List.of()));
        while (!frontier.isEmpty()) {
            String next = frontier.remove(frontier.size() - 1);
            // A half-updated replica may hold a cycle: a team seen before, or the team itself, ends that branch.
            if (!next.equals(teamId) && descendants.add(next)) {
                frontier.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return List.copyOf(descendants);
    }

    /** The whole tree as each team's parent (roots are left out), from one query of two columns. */
    public Map<String, String> parentIds() {
        Map<String, String> parents = new HashMap<>();
        for (Object[] row : teams.findParentRows()) {
            parents.put((String) row[0], (String) row[1]);
        }
        return parents;
    }

    public boolean isMemberOf(String userId, String teamId) {
        return teams.isMember(userId, teamId);
    }
}
