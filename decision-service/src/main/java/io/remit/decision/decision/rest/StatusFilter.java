package io.remit.decision.decision.rest;

import io.remit.decision.shared.DecisionStatus;
import io.remit.platform.problem.Problem;
import io.remit.platform.problem.ProblemException;
import java.util.List;
import java.util.Set;

/**
 * {@code ?status=} of the decision list: the decision's own status. It used to mean the escalation's, which is now
 * {@code ?escalationStatus=}; an escalation status given to {@code status} is refused with a pointer to the new name.
 */
final class StatusFilter {

    private static final Set<String> ESCALATION_ONLY = Set.of("OPEN", "ACKNOWLEDGED", "APPROVED");

    private StatusFilter() {
    }

    static DecisionStatus decisionStatus(String status) {
        if (status == null) {
            return null;
        }
        if (ESCALATION_ONLY.contains(status)) {
            throw invalid("'" + status + "' is an escalation status: filter by it with escalationStatus=" + status
                    + "; status filters by the decision's own status");
        }
        try {
            return DecisionStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw invalid("must be PENDING, IN_EFFECT, REJECTED, WITHDRAWN or SUPERSEDED");
        }
    }

    private static ProblemException invalid(String message) {
        return new ProblemException(400, "validation", "Request is not valid", "Query parameter status: " + message,
                List.of(new Problem.FieldError("status", message)));
    }
}
