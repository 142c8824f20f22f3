package io.remit.notification.escalation.service;

import io.remit.notification.escalation.domain.DecisionStatusChange;
import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.escalation.domain.EscalationStatus;
import io.remit.notification.escalation.domain.EscalationVote;
import io.remit.notification.escalation.events.DecisionEventData;
import io.remit.notification.notification.service.NotificationPlanner;
import io.remit.notification.notification.service.WithdrawalNotice;
import io.remit.notification.sla.service.SlaTimers;
import io.remit.platform.ids.TimeOrderedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * What votes, withdrawals and decision status changes do to an escalation that is recorded here. A vote is kept in
 * the audit trail and changes neither status nor deadline (the acknowledged or resolved event that goes with it does);
 * a withdrawal ends the escalation WITHDRAWN, stops its deadline for good and tells everyone who was told of it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class EscalationOutcomes {

    private final EntityManager entityManager;
    private final NotificationPlanner planner;
    private final SlaTimers timers;

    EscalationOutcomes(EntityManager entityManager, NotificationPlanner planner, SlaTimers timers) {
        this.entityManager = entityManager;
        this.planner = planner;
        this.timers = timers;
    }

    /** Records a vote once per voter and level; the count of the current level follows the newest vote on it. */
    void voted(DecisionEventData.Voted data) {
        EscalationRecord record = entityManager.find(EscalationRecord.class, data.escalationId());
        DecisionEventData.Vote vote = data.vote();
        boolean known = !entityManager.createQuery("select v.id from EscalationVote v where v.escalationId = :id "
                        + "and v.level = :level and v.votedBy = :by", String.class)
                .setParameter("id", data.escalationId()).setParameter("level", data.level())
                .setParameter("by", vote.by()).setMaxResults(1).getResultList().isEmpty();
        if (known) {
            return;
        }
        EscalationVote row = new EscalationVote();
        row.id = TimeOrderedIds.next();
        row.escalationId = data.escalationId();
        row.level = data.level();
        row.votedBy = vote.by();
        row.onBehalfOf = vote.onBehalfOf();
        row.outcome = vote.outcome();
        row.votedAt = vote.at();
        row.comment = vote.comment();
        row.basis = vote.basis();
        row.carried = vote.carried();
        row.approvals = data.approvals();
        row.approvalsRequired = data.approvalsRequired();
        row.statusAfter = data.status();
        entityManager.persist(row);
        if (data.level() == record.level && !record.isEnded()) {
            record.approvals = data.approvals();
            record.approvalsRequired = data.approvalsRequired();
        }
    }

    /**
     * Ends an open escalation WITHDRAWN: its deadline stops for good (even one due this very moment: the timer's row
     * is locked, so a breach either fired before this or never fires), and each recipient told of it hears why. An
     * escalation resolved already stays resolved.
     */
    void withdrawn(DecisionEventData.Withdrawn data, String eventJson) {
        timers.stop(data.escalationId());
        EscalationRecord record = entityManager.find(EscalationRecord.class, data.escalationId());
        if (record.isEnded()) {
            return;
        }
        record.status = EscalationStatus.WITHDRAWN;
        record.withdrawnAt = data.withdrawnAt();
        record.withdrawnBy = data.withdrawnBy();
        record.withdrawnOnBehalfOf = data.onBehalfOf();
        record.withdrawalReason = data.reason();
        record.supersededBy = data.supersededBy();
        planner.tellWithdrawn(EscalationRecords.notice(record),
                new WithdrawalNotice(data.reason(), data.supersededBy()), eventJson);
    }

    /** Keeps a status change of an escalated decision beside its escalation, once per event. */
    void statusChanged(String eventId, String escalationId, DecisionEventData.StatusChanged data) {
        if (entityManager.find(DecisionStatusChange.class, eventId) != null) {
            return;
        }
        DecisionStatusChange change = new DecisionStatusChange();
        change.eventId = eventId;
        change.escalationId = escalationId;
        change.decisionId = data.decisionId();
        change.fromStatus = data.from();
        change.toStatus = data.to();
        change.changedAt = data.at();
        change.changedBy = data.by();
        change.onBehalfOf = data.onBehalfOf();
        change.reason = data.reason();
        change.supersededBy = data.supersededBy();
        change.supersedes = data.supersedes();
        entityManager.persist(change);
        EscalationRecord record = entityManager.find(EscalationRecord.class, escalationId);
        record.decisionStatus = data.to();
    }

    /** The escalation of a decision, if it escalated and is recorded here. */
    Optional<String> escalationOf(String decisionId) {
        return entityManager.createQuery("select r.id from EscalationRecord r where r.decisionId = :decision",
                        String.class)
                .setParameter("decision", decisionId).setMaxResults(1).getResultStream().findFirst();
    }
}
