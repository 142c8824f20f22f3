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

    /**
     * Members a team may have. Every event carries the team's full snapshot, members included, and a snapshot must
     * stay well inside what the outbox stores for one event (1,000,000 characters): 1,000 members with the longest
     * ids take about a quarter of it. A team larger than that is better split into teams below it.
     */
    public static final int MAX_MEMBERS = 1_000;

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
        if (existing.isEmpty() && memberships.countByTeam(teamId) >= MAX_MEMBERS) {
            throw TeamProblems.teamFull(teamId, MAX_MEMBERS);
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
