package io.remit.notification.escalation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A change of an escalated decision's status (PENDING, IN_EFFECT, REJECTED, WITHDRAWN, SUPERSEDED), kept as the text
 * decision-service's status-changed event carried, under that event's id.
 */
@Entity
@Table(name = "decision_status_change")
public class DecisionStatusChange {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "escalation_id", nullable = false)
    public String escalationId;

    @Column(name = "decision_id", nullable = false)
    public String decisionId;

    @Column(name = "from_status", nullable = false)
    public String fromStatus;

    @Column(name = "to_status", nullable = false)
    public String toStatus;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** A user id, or "remit" when Remit itself changed it. */
    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "on_behalf_of")
    public String onBehalfOf;

    public String reason;

    @Column(name = "superseded_by")
    public String supersededBy;

    public String supersedes;
}
