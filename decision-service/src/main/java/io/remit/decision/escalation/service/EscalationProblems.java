package io.remit.decision.escalation.service;

import io.remit.decision.escalation.domain.EscalationStatus;
import io.remit.platform.problem.ProblemException;

/** The refusals of escalation handling, each with the status it means. */
final class EscalationProblems {

    private EscalationProblems() {
    }

    static ProblemException notFound(String id) {
        return new ProblemException(404, "escalation-not-found", "Escalation not found",
                "No escalation with id '" + id + "'");
    }

    static ProblemException transition(String id, EscalationStatus from, String action) {
        return new ProblemException(409, "escalation-transition", "Escalation cannot change that way",
                "Escalation " + id + " is " + from + " and cannot be " + action);
    }

    static ProblemException separationOfDuties(String userId) {
        return new ProblemException(403, "separation-of-duties", "Not allowed",
                "User '" + userId + "' decided, recorded the decision or belongs to the deciding team, and cannot act "
                        + "on its escalation");
    }

    static ProblemException noAuthority(String userId, String targetTeamId) {
        return new ProblemException(403, "no-authority", "Not allowed",
                "Only leads of team '" + targetTeamId + "' or of a team above it, or governance, may act on this "
                        + "escalation; '" + userId + "' is neither");
    }
}
