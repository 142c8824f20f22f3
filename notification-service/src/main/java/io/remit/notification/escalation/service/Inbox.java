package io.remit.notification.escalation.service;

import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.escalation.domain.EscalationStatus;
import java.util.List;

/**
 * The open escalations a user is asked to answer, overdue first and then by deadline, with the counts a home page
 * shows.
 */
public record Inbox(List<Item> items) {

    /**
     * One open escalation and why it is the user's.
     *
     * @param roles   e.g. "lead of finance", "delegate of erin in finance", "lead of root (fallback for finance)"
     * @param overdue its current deadline has passed
     */
    public record Item(EscalationRecord escalation, List<String> roles, boolean overdue) {
    }

    public int open() {
        return items.size();
    }

    public long overdue() {
        return items.stream().filter(Item::overdue).count();
    }

    public long acknowledged() {
        return items.stream().filter(item -> item.escalation().status == EscalationStatus.ACKNOWLEDGED).count();
    }
}
