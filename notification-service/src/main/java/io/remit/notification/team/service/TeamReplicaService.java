package io.remit.notification.team.service;

import io.remit.notification.team.domain.ReplicaDelegation;
import io.remit.notification.team.domain.ReplicaMember;
import io.remit.notification.team.domain.ReplicaTeam;
import io.remit.notification.team.domain.TeamReplicaRepository;
import io.remit.notification.team.events.DelegationsReplicated;
import io.remit.notification.team.events.TeamArrived;
import io.remit.notification.team.events.TeamSnapshot;
import io.remit.platform.inbox.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Keeps the local copy of leads, delegations, contacts and SLAs, and tells the service when a team it did not know
 * arrives and when a snapshot with delegations is applied.
 */
@ApplicationScoped
@Transactional
public class TeamReplicaService {

    private final TeamReplicaRepository teams;
    private final ProcessedEvents processedEvents;
    private final Event<TeamArrived> teamArrived;
    private final Event<DelegationsReplicated> delegationsReplicated;

    TeamReplicaService(TeamReplicaRepository teams, ProcessedEvents processedEvents, Event<TeamArrived> teamArrived,
            Event<DelegationsReplicated> delegationsReplicated) {
        this.teams = teams;
        this.processedEvents = processedEvents;
        this.teamArrived = teamArrived;
        this.delegationsReplicated = delegationsReplicated;
    }

    /** Applies a snapshot once per event, and only when it is newer than what the replica holds. */
    public void apply(String eventId, TeamSnapshot snapshot) {
        if (!processedEvents.markProcessed(eventId)) {
            return;
        }
        ReplicaTeam team = teams.findByIdOptional(snapshot.id()).orElse(null);
        if (team != null && team.version >= snapshot.version()) {
            return;
        }
        boolean known = team != null;
        if (!known) {
            team = new ReplicaTeam();
            team.id = snapshot.id();
        }
        team.name = snapshot.name();
        team.parentId = snapshot.parentId();
        team.status = snapshot.status();
        team.escalationSlaSeconds = snapshot.escalationSla().toSeconds();
        team.contactEmail = snapshot.contacts().email();
        team.contactWebhookUrl = snapshot.contacts().webhookUrl();
        team.version = snapshot.version();
        team.updatedAt = Instant.now();
        teams.persist(team);
        teams.replaceMembers(team.id, snapshot.members().stream().map(m -> member(snapshot.id(), m)).toList());
        // A revoked delegation is simply absent from the next snapshot: the team's list is replaced as a whole.
        teams.replaceDelegations(team.id,
                snapshot.delegations().stream().map(d -> delegation(snapshot.id(), d)).toList());
        if (!known) {
            teamArrived.fire(new TeamArrived(team.id));
        }
        if (!snapshot.delegations().isEmpty()) {
            delegationsReplicated.fire(new DelegationsReplicated(team.id));
        }
    }

    private static ReplicaMember member(String teamId, TeamSnapshot.Member m) {
        ReplicaMember member = new ReplicaMember();
        member.teamId = teamId;
        member.userId = m.userId();
        member.role = m.role();
        return member;
    }

    private static ReplicaDelegation delegation(String teamId, TeamSnapshot.Delegation d) {
        ReplicaDelegation delegation = new ReplicaDelegation();
        delegation.id = d.id();
        delegation.teamId = teamId;
        delegation.delegator = d.delegator();
        delegation.delegate = d.delegate();
        delegation.validFrom = d.validFrom();
        delegation.validUntil = d.validUntil();
        delegation.categories = ReplicaDelegation.joined(d.categories());
        return delegation;
    }
}
