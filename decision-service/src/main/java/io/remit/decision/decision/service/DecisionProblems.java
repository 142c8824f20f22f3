package io.remit.decision.decision.service;

import io.remit.decision.evaluation.CurrencyMismatchException;
import io.remit.decision.evaluation.DecidedAtOutOfRangeException;
import io.remit.decision.shared.DecisionStatus;
import io.remit.platform.problem.Problem;
import io.remit.platform.problem.ProblemException;
import java.util.List;

/** The refusals of the decision log, each with the status it means. */
public final class DecisionProblems {

    private DecisionProblems() {
    }

    public static ProblemException decisionNotFound(String id) {
        return new ProblemException(404, "decision-not-found", "Decision not found",
                "No decision with id '" + id + "'");
    }

    static ProblemException currency(CurrencyMismatchException e) {
        return new ProblemException(422, "currency-mismatch", "Budget currency differs from the boundary's",
                e.getMessage(), List.of(new Problem.FieldError("budget.currency", "must be " + e.expected())));
    }

    static ProblemException decidedAt(DecidedAtOutOfRangeException e) {
        return new ProblemException(422, "decided-at-out-of-range", "decidedAt is out of range", e.detail(),
                List.of(new Problem.FieldError("decidedAt", e.detail())));
    }

    static ProblemException duplicateExternalRef(String source, String externalRef, String existingId) {
        return new ProblemException(409, "duplicate-external-ref", "Decision already logged",
                "Decision " + existingId + " already has source '" + source + "' and externalRef '" + externalRef
                        + "'",
                List.of(new Problem.FieldError("externalRef", "already used by decision " + existingId)));
    }

    /** Uniqueness is per (source, externalRef): a reference without its source would be unique nowhere. */
    static ProblemException externalRefWithoutSource() {
        return new ProblemException(400, "validation", "Request is not valid",
                "An externalRef is unique per source, so it needs one",
                List.of(new Problem.FieldError("source", "is required when externalRef is given")));
    }

    static ProblemException notAMember(String userId, String teamId) {
        return new ProblemException(403, "not-a-member", "Not allowed",
                "User '" + userId + "' is neither a member nor a lead of team '" + teamId + "'");
    }

    static ProblemException decidedByOther() {
        return new ProblemException(403, "decided-by-other", "Not allowed",
                "People log their own decisions; only the integration role logs on behalf of someone");
    }

    static ProblemException decidedByRequired() {
        return new ProblemException(400, "validation", "Request is not valid",
                "decidedBy: required when an integration logs a decision",
                List.of(new Problem.FieldError("decidedBy", "required for the integration role")));
    }

    static ProblemException withdrawalNotAllowed(String userId, String decisionId, String teamId) {
        return new ProblemException(403, "withdrawal-not-allowed", "Not allowed", "'" + userId + "' may not withdraw "
                + "decision " + decisionId + ": only who decided or recorded it, a lead of team '" + teamId
                + "' or their active delegate for its category, or governance may");
    }

    static ProblemException transition(String decisionId, DecisionStatus status, String action) {
        return new ProblemException(409, "decision-transition", "Decision cannot change that way",
                "Decision " + decisionId + " is " + status + " and cannot be " + action);
    }

    static ProblemException supersedesUnknown(String supersedes) {
        return new ProblemException(422, "supersedes-unknown", "No such decision to supersede",
                "No decision with id '" + supersedes + "'",
                List.of(new Problem.FieldError("supersedes", "must name a decision of the same team")));
    }

    static ProblemException supersedesOtherTeam(String supersedes, String otherTeam, String teamId) {
        return new ProblemException(422, "supersedes-other-team", "A decision supersedes its own team's only",
                "Decision " + supersedes + " belongs to team '" + otherTeam + "', not '" + teamId + "'",
                List.of(new Problem.FieldError("supersedes", "must name a decision of team '" + teamId + "'")));
    }

    static ProblemException supersedesEnded(String supersedes, DecisionStatus status) {
        return new ProblemException(409, "supersedes-not-live", "That decision cannot be superseded",
                "Decision " + supersedes + " is " + status
                        + "; only a PENDING or IN_EFFECT decision can be superseded");
    }

    static ProblemException supersedesHasPendingSuccessor(String supersedes, String successor) {
        return new ProblemException(409, "supersedes-has-pending-successor", "That decision already has a successor",
                "Decision " + supersedes + " is already superseded by decision " + successor + ", still pending");
    }

    static ProblemException importNotAllowed(String userId) {
        return new ProblemException(403, "import-not-allowed", "Not allowed",
                "Only the integration and governance roles import earlier decisions; '" + userId + "' has neither");
    }

    static ProblemException importedStatusRequired() {
        return new ProblemException(422, "imported-status-required", "An imported decision needs its status",
                "An imported decision opens no escalation: give the status it ended in",
                List.of(new Problem.FieldError("status", "must be IN_EFFECT, REJECTED, WITHDRAWN or SUPERSEDED")));
    }

    static ProblemException statusOnlyWhenImported() {
        return new ProblemException(422, "status-only-when-imported", "Only an imported decision gives its status",
                "A decision logged now takes its status from its verdict; status is for imported decisions",
                List.of(new Problem.FieldError("status", "is allowed only with imported: true")));
    }
}
