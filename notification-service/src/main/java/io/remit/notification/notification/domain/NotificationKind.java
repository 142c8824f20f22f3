package io.remit.notification.notification.domain;

/** Why a notification was sent. */
public enum NotificationKind {
    /** An escalation reached the team (level 1, or a later level after a breach). */
    ESCALATED,
    /** The SLA passed at the root, where there is no one above: the root's leads are reminded. */
    REMINDER,
    /** The escalation ended because its decision was withdrawn or superseded: everyone told about it is told so. */
    WITHDRAWN
}
