package io.remit.decision.decision.service;

import io.remit.decision.evaluation.CurrencyMismatchException;
import io.remit.decision.evaluation.DecidedAtOutOfRangeException;
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
}
