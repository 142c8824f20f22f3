package io.remit.decision.team.service;

import io.remit.platform.problem.ProblemException;

/** The refusals about teams that every feature shares, each with the status it means. */
public final class TeamProblems {

    /** How the API documents a 404 for an unknown team, which carries Retry-After. */
    public static final String UNKNOWN_TEAM = "Team not known (yet): a team created moments ago may still be on its "
            + "way to this service; retry after the Retry-After seconds";

    private TeamProblems() {
    }

    /** With Retry-After: a team created moments ago may not have reached this service's replica yet. */
    public static ProblemException unknownTeam(String teamId) {
        return new ProblemException(404, "team-not-found", "Team not found",
                "No team with id '" + teamId + "' is known here (yet)").retryAfter(1);
    }

    /**
     * A 503 with Retry-After: the replica knows the team but not yet every team above it (their events are still on
     * their way), so no rule can judge it now. Team-service keeps the tree whole, so this passes by itself.
     */
    public static ProblemException incompleteHierarchy(String teamId) {
        return new ProblemException(503, "team-hierarchy-incomplete", "Team hierarchy not complete yet",
                "Not every team above '" + teamId + "' has reached this service yet; retry shortly").retryAfter(1);
    }

    public static ProblemException archivedTeam(String teamId) {
        return new ProblemException(409, "team-archived", "Team is archived",
                "Team '" + teamId + "' is archived and takes no new decisions or boundaries");
    }
}
