package io.remit.decision.decision.service;

import io.remit.decision.evaluation.Money;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import io.remit.decision.shared.DecisionStatus;
import java.time.Instant;

/**
 * A decision as a team logs it; decidedBy and decidedAt may be null (the caller, now). {@code supersedes} names an
 * earlier decision of the team it replaces; an imported decision comes with its {@code status}.
 */
public record DecisionCommand(String teamId, String category, String title, String rationale, Money budget, Risk risk,
        Scope scope, boolean reversible, String decidedBy, Instant decidedAt, String source, String externalRef,
        String supersedes, boolean imported, DecisionStatus status) {
}
