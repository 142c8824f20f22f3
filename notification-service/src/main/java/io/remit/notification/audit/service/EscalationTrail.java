package io.remit.notification.audit.service;

import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.escalation.domain.EscalationRoute;
import io.remit.notification.notification.domain.DeliveryAttempt;
import io.remit.notification.notification.domain.Notification;
import io.remit.notification.sla.domain.EscalationBreach;
import java.time.Instant;
import java.util.List;

/**
 * Everything recorded about one escalation: its record, each level it was routed to (by level), each deadline that
 * passed (oldest first), and each notification sent about it (oldest first) with its delivery attempts.
 */
public record EscalationTrail(EscalationRecord record, List<EscalationRoute> routes, List<EscalationBreach> breaches,
        List<NotificationTrail> notifications) {

    /** A notification and its delivery attempts, in order. */
    public record NotificationTrail(Notification notification, List<DeliveryAttempt> attempts) {
    }

    /** Not resolved, and its current deadline has passed. */
    public boolean overdue(Instant now) {
        return !record.isResolved() && record.dueAt.isBefore(now);
    }
}
