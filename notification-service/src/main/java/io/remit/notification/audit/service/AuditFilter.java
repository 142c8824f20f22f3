package io.remit.notification.audit.service;

import io.remit.notification.escalation.domain.EscalationStatus;
import java.time.Instant;

/**
 * What an audit list asks for; a null field matches anything.
 *
 * @param from     escalations opened at or after this time
 * @param to       escalations opened before this time
 * @param teamId   the deciding team, or any team the escalation was routed to
 * @param status   the escalation's status
 * @param overdue  true: unresolved and past its deadline; false: resolved or still within it
 * @param after    the keyset: only escalations with a smaller (older) id
 * @param now      the moment "overdue" is judged at, the same for the filter and the rows shown
 */
public record AuditFilter(Instant from, Instant to, String teamId, EscalationStatus status, Boolean overdue,
        String after, Instant now) {
}
