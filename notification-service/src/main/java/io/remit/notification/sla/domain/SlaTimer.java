package io.remit.notification.sla.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    public static final String ARMED = "ARMED";
    public static final String FIRED = "FIRED";
    public static final String STOPPED = "STOPPED";

    @Id
    @Column(name = "escalation_id")
    public String escalationId;

    @Column(nullable = false)
    public int level;

    @Column(name = "target_team_id", nullable = false)
    public String targetTeamId;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(nullable = false)
    public String state;

    @Version
    public long version;
}
