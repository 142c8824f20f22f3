package io.remit.notification.notification.domain;

/** How a notification reaches its recipient: a lead's inbox here, the team's email address, the team's webhook. */
public enum Channel {
    INBOX, EMAIL, WEBHOOK
}
