package io.remit.notification.audit.service;

import io.remit.notification.escalation.domain.DecisionStatusChange;
import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.escalation.domain.EscalationRoute;
import io.remit.notification.escalation.domain.EscalationVote;
import io.remit.notification.notification.domain.DeliveryAttempt;
import io.remit.notification.notification.domain.Notification;
import io.remit.notification.sla.domain.EscalationBreach;
import java.time.Instant;
import java.util.List;

/**
 * Everything recorded about one escalation: its record, each level it was routed to (by level), each deadline that
 * passed (oldest first), each notification sent about it (oldest first) with its delivery attempts, each vote (in the
 * order cast) and each change of its decision's status (oldest first).
 */
public record EscalationTrail(EscalationRecord record, List<EscalationRoute> routes, List<EscalationBreach> breaches,
        List<NotificationTrail> notifications, List<EscalationVote> votes, List<DecisionStatusChange> statusChanges) {

    /** A notification and its delivery attempts, in order. */
    public record NotificationTrail(Notification notification, List<DeliveryAttempt> attempts) {
    }

    /** Neither resolved nor withdrawn, and its current deadline has passed. */
    public boolean overdue(Instant now) {
        return !record.isEnded() && record.dueAt.isBefore(now);
    }
}
