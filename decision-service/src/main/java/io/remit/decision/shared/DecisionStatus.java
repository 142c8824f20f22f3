package io.remit.decision.shared;

/** Where a decision stands (DESIGN "Authority over time" 3). */
public enum DecisionStatus {
    /** Its escalation is open (OPEN or ACKNOWLEDGED). */
    PENDING,
    /** Within remit, or approved. */
    IN_EFFECT,
    REJECTED,
    WITHDRAWN,
    /** A later decision of the same team took its place once that one was in effect. */
    SUPERSEDED;

    /** A decision in this status may still be withdrawn or superseded. */
    public boolean isLive() {
        return this == PENDING || this == IN_EFFECT;
    }
}
