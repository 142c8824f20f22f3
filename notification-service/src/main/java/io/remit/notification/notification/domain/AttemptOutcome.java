package io.remit.notification.notification.domain;

/** What one delivery attempt came to; stored by name, and the {@code outcome} tag of the attempts metric. */
public enum AttemptOutcome {
    DELIVERED,
    /** Failed in a way that may pass (5xx, timeout, connection refused): tried again later. */
    RETRY,
    /** Failed for good (4xx, refused address, attempts used up). */
    FAILED
}
