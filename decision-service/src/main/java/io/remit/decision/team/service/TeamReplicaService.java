package io.remit.decision.team.service;

import io.remit.decision.team.domain.ReplicaDelegation;
import io.remit.decision.team.domain.ReplicaMember;
import io.remit.decision.team.domain.ReplicaTeam;
import io.remit.decision.team.domain.TeamReplicaRepository;
import io.remit.decision.team.events.TeamSnapshot;
import io.remit.platform.inbox.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Keeps the local copy of the team registry that decisions are evaluated against. */
@ApplicationScoped
@Transactional
public class TeamReplicaService {

    private final TeamReplicaRepository teams;
    private final ProcessedEvents processedEvents;
    private final Event<TeamReplicated> replicated;
    private final TeamHistoryService history;

    TeamReplicaService(TeamReplicaRepository teams, ProcessedEvents processedEvents, Event<TeamReplicated> replicated,
            TeamHistoryService history) {
        this.teams = teams;
        this.processedEvents = processedEvents;
        this.replicated = replicated;
        this.history = history;
    }

    /**
     * Applies a snapshot once per event, and only when it is newer than what the replica holds; each one applied is
     * kept in the authority history, valid from the event's time.
     */
    public void apply(String eventId, Instant occurredAt, TeamSnapshot snapshot) {
        if (!processedEvents.markProcessed(eventId)) {
            return;
        }
        ReplicaTeam team = teams.findByIdOptional(snapshot.id()).orElse(null);
        if (team != null && team.version >= snapshot.version()) {
            return;
        }
        if (team == null) {
            team = new ReplicaTeam();
            team.id = snapshot.id();
        }
        team.name = snapshot.name();
        team.parentId = snapshot.parentId();
        team.status = snapshot.status();
        team.escalationSlaSeconds = snapshot.escalationSla().toSeconds();
        team.version = snapshot.version();
        team.updatedAt = Instant.now();
        teams.persist(team);
        teams.replaceMembers(team.id, toMembers(snapshot));
        teams.replaceDelegations(team.id, toDelegations(snapshot));
        history.keep(snapshot, occurredAt);
        replicated.fire(new TeamReplicated(team.id));
    }

    private static List<ReplicaMember> toMembers(TeamSnapshot snapshot) {
        return snapshot.members().stream().map(m -> {
            ReplicaMember member = new ReplicaMember();
            member.teamId = snapshot.id();
            member.userId = m.userId();
            member.role = m.role();
            return member;
        }).toList();
    }

    private static List<ReplicaDelegation> toDelegations(TeamSnapshot snapshot) {
        return snapshot.delegations().stream().map(d -> {
            ReplicaDelegation delegation = new ReplicaDelegation();
            delegation.id = d.id();
            delegation.teamId = snapshot.id();
            delegation.delegator = d.delegator();
            delegation.delegate = d.delegate();
            delegation.validFrom = d.validFrom();
            delegation.validUntil = d.validUntil();
            delegation.categories = ReplicaDelegation.joined(d.categories());
            return delegation;
        }).toList();
    }
}
