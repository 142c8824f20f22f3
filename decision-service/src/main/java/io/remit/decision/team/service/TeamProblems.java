package io.remit.decision.team.service;

import io.remit.platform.problem.ProblemException;

/** The refusals about teams that every feature shares, each with the status it means. */
public final class TeamProblems {

    private TeamProblems() {
    }

    public static ProblemException unknownTeam(String teamId) {
        return new ProblemException(404, "team-not-found", "Team not found",
                "No team with id '" + teamId + "' is known here (yet)");
    }

    public static ProblemException archivedTeam(String teamId) {
        return new ProblemException(409, "team-archived", "Team is archived",
                "Team '" + teamId + "' is archived and takes no new decisions or boundaries");
    }
}
