package io.remit.decision.authority.service;

import io.remit.decision.boundary.service.BoundaryService;
import io.remit.decision.config.RulesConfig;
import io.remit.decision.team.service.TeamHistoryService;
import io.remit.decision.team.service.TeamHistoryService.KeptTeam;
import io.remit.platform.problem.Problem;
import io.remit.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Answers "who could decide what at instant t" from the authority history and the boundary versions. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TeamAuthorityService {

    /** As deep as the tree is ever followed; a cycle in a half-kept history ends there. */
    private static final int MAX_DEPTH = 100;

    private final TeamHistoryService history;
    private final BoundaryService boundaries;
    private final RulesConfig rules;

    TeamAuthorityService(TeamHistoryService history, BoundaryService boundaries, RulesConfig rules) {
        this.history = history;
        this.boundaries = boundaries;
        this.rules = rules;
    }

    /**
     * @param at the instant asked about; null means now
     * @throws ProblemException 404 for a team this service does not know, 422 for an instant later than now (beyond
     *                          the tolerated clock skew): the history cannot tell who will hold authority
     */
    public TeamAuthority authorityAt(String teamId, Instant at) {
        Instant now = Instant.now();
        Instant instant = at == null ? now : at;
        if (instant.isAfter(now.plus(rules.clockSkew()))) {
            throw inTheFuture(instant);
        }
        var inForce = boundaries.listInForceAt(teamId, instant);
        Instant begins = history.historyBegins(teamId).orElse(null);
        // Before the history began nothing is recorded: no need to ask (and an instant centuries back may lie
        // outside what the database's timestamps hold).
        KeptTeam team = begins == null || instant.isBefore(begins) ? null
                : history.teamAt(teamId, instant).orElse(null);
        return new TeamAuthority(teamId, instant, begins, team, ancestorsOf(team, instant), inForce);
    }

    private List<TeamAuthority.Level> ancestorsOf(KeptTeam team, Instant at) {
        List<TeamAuthority.Level> ancestors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String parentId = team == null ? null : team.team().parentId;
        if (team != null) {
            seen.add(team.team().teamId);
        }
        while (parentId != null && seen.add(parentId) && ancestors.size() < MAX_DEPTH) {
            KeptTeam parent = history.teamAt(parentId, at).orElse(null);
            ancestors.add(new TeamAuthority.Level(parentId, parent));
            parentId = parent == null ? null : parent.team().parentId;
        }
        return ancestors;
    }

    private static ProblemException inTheFuture(Instant at) {
        String message = "must not lie in the future: the history records who held authority up to now";
        return new ProblemException(422, "authority-at-in-future", "Instant lies in the future",
                "at " + at + ": " + message, List.of(new Problem.FieldError("at", message)));
    }
}
