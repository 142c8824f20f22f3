package io.remit.team.service;

import io.remit.team.domain.Team;
import io.remit.team.domain.TeamRepository;
import io.remit.team.domain.TeamStatus;
import io.remit.team.events.TeamEventPublisher;
import io.remit.team.events.TeamEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/** The team registry: the organisation tree, each team's status, SLA and contacts. */
@ApplicationScoped
@Transactional
public class TeamService {

    private final TeamRepository teams;
    private final TeamEventPublisher events;

    TeamService(TeamRepository teams, TeamEventPublisher events) {
        this.teams = teams;
        this.events = events;
    }

    public Team findTeam(String teamId) {
        return teams.findByIdOptional(teamId).orElseThrow(() -> TeamProblems.teamNotFound(teamId));
    }

    public List<Team> listTeams(String parentId, TeamStatus status, String after, int limit) {
        return teams.findPage(parentId, status, after, limit);
    }

    public List<Team> findAncestors(String teamId) {
        return teams.findAncestors(findTeam(teamId));
    }

    public Team createTeam(TeamDraft draft) {
        teams.lockTree();
        if (teams.findByIdOptional(draft.id()).isPresent()) {
            throw TeamProblems.teamExists(draft.id());
        }
        if (draft.status() == TeamStatus.ARCHIVED) {
            throw TeamProblems.archiveThroughPatch();
        }
        checkPlacement(draft.id(), draft.parentId());
        Team team = new Team();
        team.id = draft.id();
        team.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        apply(draft, team);
        try {
            teams.persistAndFlush(team);
        } catch (ConstraintViolationException raced) {
            throw TeamProblems.teamExists(draft.id());
        }
        events.publish(TeamEvents.CREATED, team);
        return team;
    }

    /**
     * Applies the wanted state if the team is still at {@code expectedVersion}; else 412. A move to another parent
     * takes the tree lock and reads the team again under it; a change of name, status or contacts does not.
     */
    public Team updateTeam(String teamId, long expectedVersion, TeamDraft draft) {
        Team team = findTeam(teamId);
        if (!Objects.equals(team.parentId, draft.parentId())) {
            teams.lockTree();
            teams.getEntityManager().refresh(team);
        }
        if (team.version != expectedVersion) {
            throw TeamProblems.stale(teamId);
        }
        if (team.isArchived()) {
            throw TeamProblems.teamArchived(teamId);
        }
        if (!teamId.equals(draft.id())) {
            throw TeamProblems.idChanged();
        }
        if (draft.status() == TeamStatus.ARCHIVED) {
            throw TeamProblems.archiveThroughPatch();
        }
        if (!Objects.equals(team.parentId, draft.parentId())) {
            checkPlacement(teamId, draft.parentId());
        }
        apply(draft, team);
        try {
            events.publish(TeamEvents.UPDATED, team);
        } catch (OptimisticLockException raced) {
            throw TeamProblems.stale(teamId);
        }
        return team;
    }

    /** Archives a team: it keeps its history but takes no new decisions. Archiving twice changes nothing. */
    public Team archiveTeam(String teamId) {
        teams.lockTree();
        Team team = findTeam(teamId);
        if (team.isArchived()) {
            return team;
        }
        if (teams.hasActiveChildren(teamId)) {
            throw TeamProblems.activeChildren(teamId);
        }
        team.status = TeamStatus.ARCHIVED;
        team.touch();
        events.publish(TeamEvents.ARCHIVED, team);
        return team;
    }

    /**
     * A team goes under an existing, non-archived parent that is not itself nor below it; only one team, the
     * root, has no parent. Callers hold the tree lock, so no concurrent create, move or archive can make the answer
     * stale before they commit.
     */
    private void checkPlacement(String teamId, String parentId) {
        if (parentId == null) {
            teams.findRoot().filter(root -> !root.id.equals(teamId)).ifPresent(root -> {
                throw TeamProblems.rootExists(root.id);
            });
            return;
        }
        Team parent = teams.findByIdOptional(parentId).orElseThrow(() -> TeamProblems.unknownParent(parentId));
        if (parent.isArchived()) {
            throw TeamProblems.archivedParent(parentId);
        }
        boolean underItself = parent.id.equals(teamId)
                || teams.findAncestors(parent).stream().anyMatch(ancestor -> ancestor.id.equals(teamId));
        if (underItself) {
            throw TeamProblems.hierarchyCycle(teamId, parentId);
        }
    }

    private static void apply(TeamDraft draft, Team team) {
        team.name = draft.name();
        team.parentId = draft.parentId();
        team.status = draft.status() == null ? TeamStatus.ACTIVE : draft.status();
        team.escalationSlaSeconds = draft.escalationSla().toSeconds();
        team.contactEmail = draft.contactEmail();
        team.contactWebhookUrl = draft.contactWebhookUrl();
        team.touch();
    }
}
