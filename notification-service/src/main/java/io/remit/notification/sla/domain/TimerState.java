package io.remit.notification.sla.domain;

/** Where the deadline of an escalation's current level stands; stored by name. */
public enum TimerState {
    /** Waiting for its due time. */
    ARMED,
    /** Claimed and breached; a level's deadline fires once. */
    FIRED,
    /** The escalation was resolved; nothing fires any more. */
    STOPPED
}
