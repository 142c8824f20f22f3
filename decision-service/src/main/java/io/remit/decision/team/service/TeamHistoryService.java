package io.remit.decision.team.service;

import io.remit.decision.team.domain.TeamHistory;
import io.remit.decision.team.domain.TeamHistoryDelegation;
import io.remit.decision.team.domain.TeamHistoryMember;
import io.remit.decision.team.domain.TeamHistoryRepository;
import io.remit.decision.team.domain.ReplicaDelegation;
import io.remit.decision.team.events.TeamSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The authority history (DESIGN, Authority over time, rule 7): every team snapshot the replica applied, valid from
 * its event's time, read back as of any instant since the team's history began.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TeamHistoryService {

    private final TeamHistoryRepository history;

    TeamHistoryService(TeamHistoryRepository history) {
        this.history = history;
    }

    /** A team's kept version with its members and delegations. */
    public record KeptTeam(TeamHistory team, List<TeamHistoryMember> members, List<TeamHistoryDelegation> delegations) {
    }

    /**
     * Keeps a snapshot the replica has just applied, in the same transaction. It is valid from its event's time, but
     * never before the version it follows: event times from different team-service instances may disagree by a
     * little, while versions never do, so the history stays in version order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(TeamSnapshot snapshot, Instant occurredAt) {
        Instant validFrom = occurredAt.truncatedTo(ChronoUnit.MICROS);
        Optional<TeamHistory> previous = history.findLatest(snapshot.id());
        if (previous.isPresent() && previous.get().validFrom.isAfter(validFrom)) {
            validFrom = previous.get().validFrom;
        }
        TeamHistory team = new TeamHistory();
        team.teamId = snapshot.id();
        team.version = snapshot.version();
        team.validFrom = validFrom;
        team.parentId = snapshot.parentId();
        team.status = snapshot.status();
        team.escalationSlaSeconds = snapshot.escalationSla().toSeconds();
        team.origin = TeamHistory.FROM_EVENT;
        history.keep(team, members(snapshot), delegations(snapshot));
    }

    /** The team as it stood at the instant; empty before its history began (or for a team never replicated). */
    public Optional<KeptTeam> teamAt(String teamId, Instant at) {
        return history.findValidAt(teamId, at).map(team -> new KeptTeam(team,
                history.findMembers(team.teamId, team.version), history.findDelegations(team.teamId, team.version)));
    }

    /** When the team's kept history begins; empty when none is kept. */
    public Optional<Instant> historyBegins(String teamId) {
        return history.findHistoryBegins(teamId);
    }

    private static List<TeamHistoryMember> members(TeamSnapshot snapshot) {
        return snapshot.members().stream().map(m -> {
            TeamHistoryMember member = new TeamHistoryMember();
            member.teamId = snapshot.id();
            member.version = snapshot.version();
            member.userId = m.userId();
            member.role = m.role();
            return member;
        }).toList();
    }

    private static List<TeamHistoryDelegation> delegations(TeamSnapshot snapshot) {
        return snapshot.delegations().stream().map(d -> {
            TeamHistoryDelegation delegation = new TeamHistoryDelegation();
            delegation.teamId = snapshot.id();
            delegation.version = snapshot.version();
            delegation.delegationId = d.id();
            delegation.delegator = d.delegator();
            delegation.delegate = d.delegate();
            delegation.validFrom = d.validFrom();
            delegation.validUntil = d.validUntil();
            delegation.categories = ReplicaDelegation.joined(d.categories());
            return delegation;
        }).toList();
    }
}
