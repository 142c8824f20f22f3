package io.remit.decision.escalation.service;

import io.remit.decision.escalation.domain.EscalationStatus;
import io.remit.decision.evaluation.Eligibility;
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

    /** A person votes once; a delegate and the lead they stand in for share one vote. */
    static ProblemException alreadyVoted(String id, String detail) {
        return new ProblemException(409, "already-voted", "Already voted", detail + " (escalation " + id + ")");
    }

    /** Separation of duties and lack of authority keep the problem types they always had; the detail says why. */
    static ProblemException refused(Eligibility.Refused refused) {
        return switch (refused.reason()) {
            case SEPARATION_OF_DUTIES -> new ProblemException(403, "separation-of-duties", "Not allowed",
                    refused.detail());
            case NO_AUTHORITY -> new ProblemException(403, "no-authority", "Not allowed", refused.detail());
        };
    }
}
