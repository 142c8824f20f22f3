package io.remit.notification.escalation.domain;

/**
 * Where an escalation stands, as this service records it for the audit; stored by name. A resolution's outcome
 * arrives as text in decision-service's event and stays text on the record; this status is derived from it.
 */
public enum EscalationStatus {
    OPEN, ACKNOWLEDGED, APPROVED, REJECTED
}
