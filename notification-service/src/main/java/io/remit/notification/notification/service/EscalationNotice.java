package io.remit.notification.notification.service;

import java.time.Instant;

/**
 * What a notification says about an escalation at its current level: the part of the escalation that notifications
 * copy, so this feature needs nothing of the escalation's own record.
 *
 * @param category    the decision's category: a delegate hears of it only when their delegation covers it
 * @param reasonsText why the decision escalated, one reason per line
 */
public record EscalationNotice(String escalationId, String decisionId, int level, String title, String decidingTeamId,
        String category, String reasonsText, Instant dueAt) {
}
