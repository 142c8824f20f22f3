package io.remit.notification.escalation.service;

import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.escalation.events.DecisionEventData;
import java.time.Instant;

/** Builds and moves the audit record of an escalation from decision-service's escalated events. */
final class EscalationRecords {

    private EscalationRecords() {
    }

    static EscalationRecord open(DecisionEventData.Escalated data) {
        DecisionEventData.Decision decision = data.decision();
        EscalationRecord record = new EscalationRecord();
        record.id = data.escalation().id();
        record.decisionId = decision.id();
        record.teamId = decision.teamId();
        record.category = decision.category();
        record.title = decision.title();
        if (decision.budget() != null) {
            record.budgetAmount = decision.budget().amount();
            record.budgetCurrency = decision.budget().currency();
        }
        record.risk = decision.risk();
        record.scope = decision.scope();
        record.reversible = decision.reversible();
        record.decidedBy = decision.decidedBy();
        record.decidedAt = decision.decidedAt();
        record.reasonsText = String.join("\n", data.escalation().reasons());
        record.openedAt = Instant.now();
        return record;
    }

    /** The escalation reached a (new) level: a new target and deadline, waiting for an answer again. */
    static void routeTo(EscalationRecord record, DecisionEventData.Escalation escalation) {
        record.level = escalation.level();
        record.targetTeamId = escalation.targetTeamId();
        record.dueAt = escalation.dueAt();
        record.status = EscalationRecord.OPEN;
    }
}
