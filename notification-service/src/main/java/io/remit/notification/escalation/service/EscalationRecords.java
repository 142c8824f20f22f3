package io.remit.notification.escalation.service;

import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.escalation.domain.EscalationRoute;
import io.remit.notification.escalation.domain.EscalationStatus;
import io.remit.notification.escalation.domain.SkippedTeam;
import io.remit.notification.escalation.events.DecisionEventData;
import io.remit.notification.notification.service.EscalationNotice;
import io.remit.notification.notification.service.NotifiedTeam;
import io.remit.notification.team.domain.ReplicaTeam;
import java.time.Instant;
import java.util.Optional;

/** Builds and moves the audit record of an escalation from decision-service's events. */
final class EscalationRecords {

    private EscalationRecords() {
    }

    /**
     * The record of an escalation first seen. It opened when decision-service wrote the event (its CloudEvent time,
     * in the transaction that opened it), not when this service read it: after consumer lag the audit's windows
     * would otherwise be off.
     */
    static EscalationRecord open(DecisionEventData.Escalated data, Instant openedAt) {
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
        record.openedAt = openedAt;
        return record;
    }

    /** The escalation reached a (new) level: a new target and deadline, waiting for an answer again. */
    static void routeTo(EscalationRecord record, DecisionEventData.Escalation escalation) {
        record.level = escalation.level();
        record.targetTeamId = escalation.targetTeamId();
        record.dueAt = escalation.dueAt();
        record.status = EscalationStatus.OPEN;
    }

    /** The level the record just reached, with the team told about it (none when no one up the tree can be). */
    static EscalationRoute route(EscalationRecord record, DecisionEventData.Escalation escalation, ReplicaTeam target,
            Optional<NotifiedTeam> notified) {
        EscalationRoute route = new EscalationRoute();
        route.escalationId = record.id;
        route.level = record.level;
        route.targetTeamId = target.id;
        route.notifiedTeamId = notified.map(n -> n.team().id).orElse(null);
        route.fallback = notified.isPresent() && !notified.get().team().id.equals(target.id);
        route.routedAt = Instant.now();
        route.dueAt = record.dueAt;
        route.skipped = escalation.skipped() == null ? null : escalation.skipped().stream()
                .map(s -> new SkippedTeam(s.teamId(), s.reason(), s.detail())).toList();
        return route;
    }

    /** An acknowledgement of an escalation not resolved yet: it waits for its resolution under a new deadline. */
    static void acknowledge(EscalationRecord record, DecisionEventData.Acknowledged data) {
        record.status = EscalationStatus.ACKNOWLEDGED;
        record.acknowledgedAt = data.acknowledgedAt();
        record.acknowledgedBy = data.acknowledgedBy();
        record.acknowledgedOnBehalfOf = data.onBehalfOf();
        record.dueAt = data.dueAt();
    }

    static void resolve(EscalationRecord record, DecisionEventData.Resolved data) {
        // The outcome is one of the v1 schema's, which a status of the same name stands for (Resolved checks it).
        record.status = EscalationStatus.valueOf(data.outcome());
        record.outcome = data.outcome();
        record.resolvedAt = data.resolvedAt();
        record.resolvedBy = data.resolvedBy();
        record.resolvedOnBehalfOf = data.onBehalfOf();
        record.resolutionComment = data.comment();
    }

    /** What the record says to the notifications written about it. */
    static EscalationNotice notice(EscalationRecord record) {
        return new EscalationNotice(record.id, record.decisionId, record.level, record.title, record.teamId,
                record.category, record.reasonsText, record.dueAt);
    }
}
