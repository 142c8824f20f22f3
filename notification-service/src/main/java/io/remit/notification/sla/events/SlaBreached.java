package io.remit.notification.sla.events;

import io.remit.platform.outbox.OutgoingEvent;
import java.time.Instant;

/**
 * The data of remit.escalation.sla-breached.v1: the deadline of this level passed unanswered. Published once per
 * level; at the root, once per renewed period. Keyed and subjected by the escalation id, so the breaches of one
 * escalation keep their order.
 */
public record SlaBreached(String escalationId, int level, String targetTeamId, Instant dueAt, Instant breachedAt,
        boolean atRoot) implements OutgoingEvent {

    @Override
    public String topic() {
        return NotificationEvents.TOPIC;
    }

    @Override
    public String key() {
        return escalationId;
    }

    @Override
    public String type() {
        return NotificationEvents.SLA_BREACHED;
    }

    @Override
    public String subject() {
        return escalationId;
    }
}
