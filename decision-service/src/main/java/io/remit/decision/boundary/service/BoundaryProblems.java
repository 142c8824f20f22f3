package io.remit.decision.boundary.service;

import io.remit.decision.evaluation.ApprovalRules;
import io.remit.decision.evaluation.BoundaryVersionRefusedException;
import io.remit.decision.evaluation.CurrencyMismatchException;
import io.remit.decision.evaluation.NestingConflictException;
import io.remit.platform.problem.Problem;
import io.remit.platform.problem.ProblemException;
import java.time.Instant;
import java.util.List;

/** The refusals of boundary writes, each with the status it means. */
final class BoundaryProblems {

    private BoundaryProblems() {
    }

    static ProblemException nesting(NestingConflictException e) {
        return new ProblemException(409, "boundary-nesting", "Boundary would break the nesting rule", e.getMessage(),
                List.of(new Problem.FieldError(e.dimension(), "conflicts with team '" + e.otherTeamId() + "'")));
    }

    static ProblemException currency(CurrencyMismatchException e) {
        return new ProblemException(422, "currency-mismatch", "Currency differs from a related boundary",
                e.getMessage(), List.of(new Problem.FieldError("maxBudget.currency", "must be " + e.expected())));
    }

    static ProblemException rootLimit(List<String> limits) {
        return new ProblemException(422, "root-boundary-limit", "The root's boundary holds approval rules only",
                "The root team holds every decision right, so its boundary states approval rules, validity and a "
                        + "reason only, not " + String.join(", ", limits),
                limits.stream().map(l -> new Problem.FieldError(l, "must be absent on the root team's boundary"))
                        .toList());
    }

    static ProblemException missingLimits(List<String> missing) {
        return new ProblemException(400, "validation", "Request is not valid", missing.stream()
                .map(m -> m + ": must not be null").collect(java.util.stream.Collectors.joining("; ")),
                missing.stream().map(m -> new Problem.FieldError(m, "must not be null")).toList());
    }

    static ProblemException approvalCurrency(ApprovalRules.CurrencyRefusal refusal) {
        return new ProblemException(422, "currency-mismatch", "Currency differs from a related boundary",
                refusal.detail(), List.of(new Problem.FieldError("approvals[" + refusal.index()
                        + "].minBudget.currency", "must be " + refusal.expected())));
    }

    static ProblemException versioning(BoundaryVersionRefusedException e) {
        return switch (e.rule()) {
            case STARTS_IN_THE_PAST -> retroactive(e.at());
            case ENDS_BEFORE_IT_STARTS -> endsBeforeStart();
            case STARTS_BEFORE_SCHEDULED_VERSION -> beforeScheduledVersion(e.at());
        };
    }

    private static ProblemException retroactive(Instant validFrom) {
        return new ProblemException(422, "retroactive-boundary", "A boundary cannot start in the past",
                "validFrom " + validFrom + " lies in the past; decisions already logged keep the version that judged "
                        + "them", List.of(new Problem.FieldError("validFrom", "must not lie in the past")));
    }

    private static ProblemException beforeScheduledVersion(Instant scheduledFrom) {
        return new ProblemException(422, "boundary-order", "A scheduled version starts later",
                "The latest version takes over at " + scheduledFrom + "; a new version must start at or after it",
                List.of(new Problem.FieldError("validFrom", "must not lie before " + scheduledFrom)));
    }

    private static ProblemException endsBeforeStart() {
        return new ProblemException(400, "validation", "Request is not valid", "validUntil: must lie after validFrom",
                List.of(new Problem.FieldError("validUntil", "must lie after validFrom")));
    }
}
