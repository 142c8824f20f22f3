package io.remit.decision.escalation.domain;

/** What happened to an escalation; each is one entry of the deciding team's log. */
public enum StepAction {
    /** Routed to the nearest authority, level 1. */
    OPENED,
    ACKNOWLEDGED,
    /** A vote that left the escalation open (the first one also acknowledges it). */
    VOTED,
    /** Approved or rejected: by the vote that completed the count, or by the first rejection. */
    RESOLVED,
    /** Its SLA passed and it moved to the next level up. */
    MOVED_UP,
    /** Its SLA passed at the root, where there is no one above: recorded, and the deadline renewed. */
    BREACHED_AT_ROOT,
    /**
     * A breach of a deadline that had moved on before it arrived (an acknowledgement crossed it in flight, or an old
     * breach was replayed): recorded, and nothing else changes.
     */
    BREACH_IGNORED,
    /** Its decision was withdrawn, or superseded by a later one in effect: it ends, and no deadline follows. */
    WITHDRAWN;

    /** Whether this step sent the escalation to a (new) target: one routing level. */
    public boolean routes() {
        return this == OPENED || this == MOVED_UP;
    }
}
