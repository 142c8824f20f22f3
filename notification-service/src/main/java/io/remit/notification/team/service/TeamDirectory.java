package io.remit.notification.team.service;

import io.remit.notification.team.domain.ReplicaDelegation;
import io.remit.notification.team.domain.ReplicaTeam;
import io.remit.notification.team.domain.TeamReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Answers who to notify for a team, from the local replica of the registry. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TeamDirectory {

    private static final int MAX_DEPTH = 100;

    private final TeamReplicaRepository teams;

    TeamDirectory(TeamReplicaRepository teams) {
        this.teams = teams;
    }

    public Optional<ReplicaTeam> findTeam(String teamId) {
        return teams.findByIdOptional(teamId);
    }

    public List<String> leadsOf(String teamId) {
        return teams.findLeads(teamId);
    }

    /**
     * The delegates who stand in for a lead of the team at an instant for decisions of a category, each once, ordered
     * by user id. One delegate for several leads acts on behalf of the first of them by user id, so the choice is the
     * same on every replica and every time.
     */
    public List<Delegate> delegatesOf(String teamId, String category, Instant at) {
        Map<String, Delegate> delegates = new LinkedHashMap<>();
        for (ReplicaDelegation delegation : teams.findActiveDelegations(teamId, at)) {
            if (delegation.covers(category)) {
                delegates.putIfAbsent(delegation.delegate, new Delegate(delegation.delegate, delegation.delegator));
            }
        }
        return List.copyOf(delegates.values());
    }

    /**
     * The team and every team below it, as far as the replica knows them; the team itself even when the replica does
     * not know it yet, so that asking for an unknown team's subtree is asking for that team.
     */
    public Set<String> subtreeOf(String teamId) {
        Set<String> subtree = new HashSet<>(teams.findSubtreeIds(teamId, MAX_DEPTH));
        subtree.add(teamId);
        return Set.copyOf(subtree);
    }

    /** The team, then its ancestors nearest first, as far as the replica knows them. */
    public List<ReplicaTeam> chainOf(String teamId) {
        List<ReplicaTeam> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ReplicaTeam team : teams.findChain(teamId, MAX_DEPTH)) {
            if (!seen.add(team.id)) {
                break; // a cycle: the replica is between two updates of the tree
            }
            chain.add(team);
        }
        return chain;
    }

    /** The teams a user is a lead of, by id. */
    public List<String> teamsLedBy(String userId) {
        return teams.findTeamsLedBy(userId);
    }

    /**
     * Where a user stands in for a lead at an instant: each team with the lead they stand in for there for a
     * category, chosen as {@link #delegatesOf} chooses it (the first lead by user id whose delegation covers it).
     */
    public List<Standing> standingsOf(String userId, Instant at) {
        Map<String, List<ReplicaDelegation>> byTeam = new LinkedHashMap<>();
        for (ReplicaDelegation delegation : teams.findActiveDelegationsTo(userId, at)) {
            byTeam.computeIfAbsent(delegation.teamId, team -> new ArrayList<>()).add(delegation);
        }
        return byTeam.entrySet().stream().map(e -> new Standing(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /**
     * The delegations one user holds in one team at an instant, by delegator.
     *
     * @param teamId the team where the user stands in for its leads
     */
    public record Standing(String teamId, List<ReplicaDelegation> delegations) {

        /** The lead the user stands in for in decisions of a category, if any delegation covers it. */
        public Optional<String> onBehalfOf(String category) {
            return delegations.stream().filter(d -> d.covers(category)).map(d -> d.delegator).findFirst();
        }
    }
}
