package io.remit.decision.escalation.domain;

/** OPEN → ACKNOWLEDGED → APPROVED or REJECTED; resolving straight from OPEN is allowed too. */
public enum EscalationStatus {
    OPEN, ACKNOWLEDGED, APPROVED, REJECTED;

    public boolean isResolved() {
        return this == APPROVED || this == REJECTED;
    }
}
