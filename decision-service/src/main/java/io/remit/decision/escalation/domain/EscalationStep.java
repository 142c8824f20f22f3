package io.remit.decision.escalation.domain;

import io.remit.decision.ledger.CanonicalForm;
import io.remit.decision.teamlog.LogEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One state change of an escalation, with who and when, chained into the deciding team's log. */
@Entity
@Table(name = "escalation_step")
public class EscalationStep extends LogEntry {

    @Id
    public String id;

    @Column(name = "escalation_id", nullable = false, updatable = false)
    public String escalationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public StepAction action;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(nullable = false, updatable = false)
    public int level;

    @Column(name = "target_team_id", nullable = false, updatable = false)
    public String targetTeamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public EscalationStatus status;

    @Column(name = "due_at", updatable = false)
    public Instant dueAt;

    @Column(updatable = false)
    public String comment;

    @Override
    public String canonicalContent() {
        return CanonicalForm.of("escalation-step", id, escalationId, teamId, action, actor, occurredAt, level,
                targetTeamId, status, dueAt, comment, logSeq);
    }

    @Override
    public String describe() {
        return "escalation step " + id + " (" + action + " of escalation " + escalationId + ")";
    }
}
