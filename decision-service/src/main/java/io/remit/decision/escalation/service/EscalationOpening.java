package io.remit.decision.escalation.service;

import io.remit.decision.evaluation.SkippedTeam;
import io.remit.decision.shared.DecisionContent;
import java.time.Instant;
import java.util.List;

/**
 * A decision that fell outside its team's remit, as its escalation opens: the decision, why it escalated, the first
 * target and the teams routing passed over to reach it, and who recorded it when (the escalation opens in that same
 * act).
 */
public record EscalationOpening(String decisionId, String teamId, DecisionContent decision, List<String> reasons,
        String targetTeamId, List<SkippedTeam> skipped, String recordedBy, Instant recordedAt) {
}
