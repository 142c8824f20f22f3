package io.remit.notification.audit.service;

import io.remit.notification.escalation.domain.EscalationRecord;
import java.time.Instant;

/**
 * One line of an audit list: the record and what a reader needs beside it without reading its whole trail.
 *
 * @param breached    at least one of its deadlines passed unanswered
 * @param reachedRoot it was routed, at some level, to a root of the replica's tree
 */
public record AuditRow(EscalationRecord record, boolean breached, boolean reachedRoot) {

    /** Neither resolved nor withdrawn, and its current deadline has passed (as {@link EscalationTrail#overdue}). */
    public boolean overdue(Instant now) {
        return !record.isEnded() && record.dueAt.isBefore(now);
    }
}
