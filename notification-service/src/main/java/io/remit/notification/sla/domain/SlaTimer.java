package io.remit.notification.sla.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The deadline of an escalation's current level. Stored, so it survives restarts; fired by a conditional update, so
 * with several replicas exactly one of them publishes the breach.
 */
@Entity
@Table(name = "sla_timer")
public class SlaTimer {

    @Id
    @Column(name = "escalation_id")
    public String escalationId;

    @Column(nullable = false)
    public int level;

    @Column(name = "target_team_id", nullable = false)
    public String targetTeamId;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TimerState state;

    @Version
    public long version;
}
