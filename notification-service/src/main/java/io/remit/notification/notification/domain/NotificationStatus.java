package io.remit.notification.notification.domain;

/** Inbox notifications are UNREAD or READ; email and webhook ones PENDING until DELIVERED or FAILED for good. */
public enum NotificationStatus {
    UNREAD, READ, PENDING, DELIVERED, FAILED
}
