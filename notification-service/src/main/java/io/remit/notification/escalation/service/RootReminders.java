package io.remit.notification.escalation.service;

import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.notification.service.NotificationPlanner;
import io.remit.notification.sla.events.RootDeadlineRenewed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * At the root there is no one above: when its deadline passes and is renewed, the record takes the new deadline and
 * the root's leads are reminded, in the transaction that fired the breach.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RootReminders {

    private final EntityManager entityManager;
    private final NotificationPlanner planner;

    RootReminders(EntityManager entityManager, NotificationPlanner planner) {
        this.entityManager = entityManager;
        this.planner = planner;
    }

    void onRootDeadlineRenewed(@Observes RootDeadlineRenewed renewed) {
        EscalationRecord record = entityManager.find(EscalationRecord.class, renewed.escalationId());
        if (record != null) {
            record.dueAt = renewed.dueAt();
            planner.remindLeads(EscalationRecords.notice(record), renewed.root());
        }
    }
}
