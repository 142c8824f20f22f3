package io.remit.notification.team.service;

import io.remit.notification.team.domain.ReplicaTeam;
import io.remit.notification.team.domain.TeamReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
}
