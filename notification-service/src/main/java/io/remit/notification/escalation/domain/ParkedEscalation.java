package io.remit.notification.escalation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An escalation event for a team the replica does not know yet; handled as soon as the team arrives. */
@Entity
@Table(name = "parked_escalation")
public class ParkedEscalation {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "target_team_id", nullable = false)
    public String targetTeamId;

    @Column(nullable = false)
    public String payload;

    @Column(name = "parked_at", nullable = false)
    public Instant parkedAt;
}
