package io.remit.notification.audit.service;

import io.remit.notification.notification.domain.Channel;
import io.remit.notification.notification.domain.Notification;
import java.util.List;

/**
 * One escalation's trail as one reader may see it: governance and auditors see everything; a lead, delegate or
 * recipient sees the recipient, delivery attempts and reading of their own inbox notifications only.
 *
 * @param everything the reader sees every notification's recipient and attempts
 * @param timeline   the chronological list, as this reader sees it
 */
public record TrailReading(EscalationTrail trail, String readerId, boolean everything, List<TimelineEntry> timeline) {

    /** Whether this reader sees the notification's recipient, delivery attempts and reading. */
    public boolean showsDeliveryOf(Notification notification) {
        return everything || isOwn(notification, readerId);
    }

    static boolean isOwn(Notification notification, String userId) {
        return notification.channel == Channel.INBOX && notification.recipient.equals(userId);
    }
}
