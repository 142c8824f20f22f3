package io.remit.decision.escalation.domain;

/**
 * OPEN → ACKNOWLEDGED → APPROVED or REJECTED; resolving straight from OPEN is allowed too. WITHDRAWN ends an open
 * escalation whose decision was withdrawn or superseded.
 */
public enum EscalationStatus {
    OPEN, ACKNOWLEDGED, APPROVED, REJECTED, WITHDRAWN;

    /** Whether it still waits for an answer: votes and acknowledgements are taken only then. */
    public boolean isOpen() {
        return this == OPEN || this == ACKNOWLEDGED;
    }

    /** Nothing more happens to it: approved, rejected or withdrawn. */
    public boolean isClosed() {
        return !isOpen();
    }
}
