package io.remit.decision.escalation.service;

import io.remit.decision.boundary.domain.Boundary;
import io.remit.decision.boundary.domain.BoundaryRepository;
import io.remit.decision.escalation.domain.Escalation;
import io.remit.decision.evaluation.ApprovalRules;
import io.remit.decision.evaluation.DecisionFacts;
import io.remit.decision.shared.DecisionContent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * How many distinct approvers an escalation needs at its target: the approval rules of the target team's boundary for
 * the decision's category in force at the decision's decidedAt (at the root, its rules-only boundary), 1 without.
 */
@ApplicationScoped
class ApprovalRequirements {

    private final BoundaryRepository boundaries;

    ApprovalRequirements(BoundaryRepository boundaries) {
        this.boundaries = boundaries;
    }

    /** For the escalation's current target. */
    int requiredAt(Escalation escalation) {
        DecisionContent decision = escalation.decision;
        List<ApprovalRules.Rule> rules = boundaries.findInForce(escalation.targetTeamId, decision.decidedAt).stream()
                .filter(b -> b.category.equals(decision.category))
                .findFirst().map(Boundary::approvals).orElse(List.of());
        return ApprovalRules.required(rules, new DecisionFacts(escalation.teamId, decision.category, decision.budget(),
                decision.risk, decision.scope, decision.reversible, decision.decidedAt));
    }
}
