package io.remit.notification.escalation.domain;

/**
 * Where an escalation stands, as this service records it for the audit; stored by name. A resolution's outcome
 * arrives as text in decision-service's event and stays text on the record; APPROVED and REJECTED are derived from it.
 * WITHDRAWN: the escalation ended because its decision was withdrawn or superseded (remit.escalation.withdrawn.v1).
 */
public enum EscalationStatus {
    OPEN, ACKNOWLEDGED, APPROVED, REJECTED, WITHDRAWN
}
