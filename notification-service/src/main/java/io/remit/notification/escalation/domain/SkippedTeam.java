package io.remit.notification.escalation.domain;

/**
 * A team a routing level passed over, as decision-service stated it.
 *
 * @param reason NO_BOUNDARY, NOT_COVERED, SUSPENDED, ARCHIVED or NO_LEAD_OR_DELEGATE (kept as text, as it came)
 * @param detail a sentence for people, such as "budget 50000 EUR exceeds 20000 EUR"; may be null
 */
public record SkippedTeam(String teamId, String reason, String detail) {
}
