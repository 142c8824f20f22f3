package io.remit.notification.sla.events;

import java.time.Instant;

/**
 * The data of remit.escalation.sla-breached.v1: the deadline of this level passed unanswered. Published once per
 * level; at the root, once per renewed period.
 */
public record SlaBreached(String escalationId, int level, String targetTeamId, Instant dueAt, Instant breachedAt,
        boolean atRoot) {
}
