package io.remit.decision.escalation.domain;

/** OPEN → ACKNOWLEDGED → APPROVED or REJECTED; resolving straight from OPEN is allowed too. */
public enum EscalationStatus {
    OPEN, ACKNOWLEDGED, APPROVED, REJECTED;

    /** Whether it still waits for an answer: votes and acknowledgements are taken only then. */
    public boolean isOpen() {
        return this == OPEN || this == ACKNOWLEDGED;
    }

    public boolean isResolved() {
        return this == APPROVED || this == REJECTED;
    }
}
