package io.remit.decision.decision.console;

import io.remit.decision.decision.rest.DecisionView;
import io.remit.decision.decision.service.DecisionStatusHistory.StatusStep;
import io.remit.decision.escalation.rest.EscalationView;
import java.util.List;

/**
 * What a decision's page shows: its record as the API gives it, its team's name, the status changes that led to its
 * status now, and its escalation, if it had one, with routes, votes and history (null otherwise).
 */
public record DecisionPage(DecisionView decision, String teamName, List<StatusStep> statusHistory,
        EscalationView escalation) {
}
