package io.remit.team.service;

import io.remit.platform.problem.Problem;
import io.remit.platform.problem.ProblemException;
import java.util.List;

/** The refusals of the team registry, each with the status it means. */
public final class TeamProblems {

    private TeamProblems() {
    }

    public static ProblemException teamNotFound(String teamId) {
        return new ProblemException(404, "team-not-found", "Team not found", "No team with id '" + teamId + "'");
    }

    public static ProblemException memberNotFound(String teamId, String userId) {
        return new ProblemException(404, "member-not-found", "Member not found",
                "User '" + userId + "' is not a member of team '" + teamId + "'");
    }

    public static ProblemException teamFull(String teamId, int maxMembers) {
        return new ProblemException(409, "team-full", "Team is full",
                "Team '" + teamId + "' has " + maxMembers + " members, the most a team may have; split it into teams "
                        + "below it");
    }

    public static ProblemException teamExists(String teamId) {
        return new ProblemException(409, "team-exists", "Team already exists", "A team with id '" + teamId
                + "' already exists");
    }

    public static ProblemException teamArchived(String teamId) {
        return new ProblemException(409, "team-archived", "Team is archived",
                "Team '" + teamId + "' is archived; its history is read-only");
    }

    public static ProblemException hierarchyCycle(String teamId, String parentId) {
        return new ProblemException(409, "hierarchy-cycle", "Team cannot move there",
                "Team '" + parentId + "' is '" + teamId + "' itself or one of its descendants",
                List.of(new Problem.FieldError("parentId", "would create a cycle")));
    }

    public static ProblemException rootExists(String rootId) {
        return new ProblemException(409, "root-exists", "The organisation already has a root",
                "Team '" + rootId + "' is the root; every other team needs a parentId",
                List.of(new Problem.FieldError("parentId", "required: the root already exists")));
    }

    public static ProblemException activeChildren(String teamId) {
        return new ProblemException(409, "team-has-children", "Team still has active teams under it",
                "Archive or move the teams under '" + teamId + "' first");
    }

    public static ProblemException unknownParent(String parentId) {
        return new ProblemException(422, "unknown-parent", "Parent team does not exist",
                "No team with id '" + parentId + "'", List.of(new Problem.FieldError("parentId", "unknown team")));
    }

    public static ProblemException archivedParent(String parentId) {
        return new ProblemException(422, "archived-parent", "Parent team is archived",
                "Team '" + parentId + "' is archived and cannot take new teams",
                List.of(new Problem.FieldError("parentId", "team is archived")));
    }

    public static ProblemException archiveThroughPatch() {
        return new ProblemException(422, "archive-through-patch", "Use the archive operation",
                "A team is archived with POST /teams/{id}/archive",
                List.of(new Problem.FieldError("status", "must be ACTIVE or SUSPENDED")));
    }

    public static ProblemException idChanged() {
        return new ProblemException(422, "id-immutable", "A team's id cannot change",
                "Create a new team instead", List.of(new Problem.FieldError("id", "cannot change")));
    }

    public static ProblemException ifMatchRequired() {
        return new ProblemException(428, "if-match-required", "If-Match required",
                "Send the ETag from GET /teams/{id} in an If-Match header");
    }

    public static ProblemException stale(String teamId) {
        return new ProblemException(412, "stale-etag", "Team has changed",
                "Team '" + teamId + "' changed since the ETag was read; GET it again and repeat the change");
    }
}
