package io.remit.notification.sla.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A deadline that passed unanswered. */
@Entity
@Table(name = "escalation_breach")
public class EscalationBreach {

    @Id
    public String id;

    @Column(name = "escalation_id", nullable = false)
    public String escalationId;

    @Column(nullable = false)
    public int level;

    @Column(name = "target_team_id", nullable = false)
    public String targetTeamId;

    @Column(name = "at_root", nullable = false)
    public boolean atRoot;

    @Column(name = "breached_at", nullable = false)
    public Instant breachedAt;
}
