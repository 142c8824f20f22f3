package io.remit.notification.team.service;

import io.remit.notification.team.domain.ReplicaMember;
import io.remit.notification.team.domain.ReplicaTeam;
import io.remit.notification.team.domain.TeamReplicaRepository;
import io.remit.notification.team.events.TeamArrived;
import io.remit.notification.team.events.TeamSnapshot;
import io.remit.platform.inbox.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Keeps the local copy of leads, contacts and SLAs, and tells the service when a team it did not know arrives. */
@ApplicationScoped
@Transactional
public class TeamReplicaService {

    private final TeamReplicaRepository teams;
    private final ProcessedEvents processedEvents;
    private final Event<TeamArrived> teamArrived;

    TeamReplicaService(TeamReplicaRepository teams, ProcessedEvents processedEvents, Event<TeamArrived> teamArrived) {
        this.teams = teams;
        this.processedEvents = processedEvents;
        this.teamArrived = teamArrived;
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
        if (!known) {
            teamArrived.fire(new TeamArrived(team.id));
        }
    }

    private static ReplicaMember member(String teamId, TeamSnapshot.Member m) {
        ReplicaMember member = new ReplicaMember();
        member.teamId = teamId;
        member.userId = m.userId();
        member.role = m.role();
        return member;
    }
}
