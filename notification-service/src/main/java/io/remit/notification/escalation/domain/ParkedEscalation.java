package io.remit.notification.escalation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An escalation event that cannot take effect yet: a level for a team the replica does not know yet, an answer to an
 * escalation not recorded yet, or any later event of an escalation one of whose levels waits.
 */
@Entity
@Table(name = "parked_escalation")
public class ParkedEscalation {

    @Id
    @Column(name = "event_id")
    public String eventId;

    /** None only on rows parked before events were kept in order per escalation. */
    @Column(name = "escalation_id")
    public String escalationId;

    /** The CloudEvents type, so that a level about to be handled knows whether its resolution waits behind it. */
    @Column(name = "event_type")
    public String eventType;

    @Column(name = "target_team_id", nullable = false)
    public String targetTeamId;

    @Column(nullable = false)
    public String payload;

    @Column(name = "parked_at", nullable = false)
    public Instant parkedAt;
}
