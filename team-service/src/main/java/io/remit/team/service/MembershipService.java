package io.remit.team.service;

import io.remit.team.domain.MemberRole;
import io.remit.team.domain.Membership;
import io.remit.team.domain.MembershipRepository;
import io.remit.team.domain.Team;
import io.remit.team.events.TeamEventPublisher;
import io.remit.team.events.TeamEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Who belongs to which team, and as what. */
@ApplicationScoped
@Transactional
public class MembershipService {

    private final TeamService teams;
    private final MembershipRepository memberships;
    private final TeamEventPublisher events;

    MembershipService(TeamService teams, MembershipRepository memberships, TeamEventPublisher events) {
        this.teams = teams;
        this.memberships = memberships;
        this.events = events;
    }

    /** The outcome of putting a member: the membership, and whether it is new. */
    public record Put(Membership membership, boolean created) {
    }

    public Put putMember(String teamId, String userId, MemberRole role) {
        Team team = writableTeam(teamId);
        var existing = memberships.findMembership(teamId, userId);
        if (existing.isPresent() && existing.get().role == role) {
            return new Put(existing.get(), false);
        }
        Membership membership = existing.orElseGet(() -> newMembership(teamId, userId));
        membership.role = role;
        memberships.persist(membership);
        team.touch();
        events.publish(TeamEvents.MEMBERSHIP_CHANGED, team);
        return new Put(membership, existing.isEmpty());
    }

    public void removeMember(String teamId, String userId) {
        Team team = writableTeam(teamId);
        Membership membership = memberships.findMembership(teamId, userId)
                .orElseThrow(() -> TeamProblems.memberNotFound(teamId, userId));
        memberships.delete(membership);
        team.touch();
        events.publish(TeamEvents.MEMBERSHIP_CHANGED, team);
    }

    public List<Membership> listMembers(String teamId, String afterUserId, int limit) {
        teams.findTeam(teamId);
        return memberships.findPageByTeam(teamId, afterUserId, limit);
    }

    public List<Membership> listTeamsOfUser(String userId, String afterTeamId, int limit) {
        return memberships.findPageByUser(userId, afterTeamId, limit);
    }

    private Team writableTeam(String teamId) {
        Team team = teams.findTeam(teamId);
        if (team.isArchived()) {
            throw TeamProblems.teamArchived(teamId);
        }
        return team;
    }

    private static Membership newMembership(String teamId, String userId) {
        Membership membership = new Membership();
        membership.teamId = teamId;
        membership.userId = userId;
        membership.since = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return membership;
    }
}
