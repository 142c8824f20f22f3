package io.remit.decision.escalation.domain;

import io.remit.decision.ledger.CanonicalForm;
import io.remit.decision.ledger.ChainedEntry;
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
public class EscalationStep implements ChainedEntry {

    @Id
    public String id;

    @Column(name = "escalation_id", nullable = false, updatable = false)
    public String escalationId;

    /** The deciding team, whose log this entry belongs to. */
    @Column(name = "team_id", nullable = false, updatable = false)
    public String teamId;

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

    @Column(name = "log_seq", nullable = false, updatable = false)
    public long logSeq;

    @Column(nullable = false, updatable = false)
    public String hash;

    @Column(name = "previous_hash", updatable = false)
    public String previousHash;

    @Override
    public String canonicalContent() {
        return CanonicalForm.of("escalation-step", id, escalationId, teamId, action, actor, occurredAt, level,
                targetTeamId, status, dueAt, comment, logSeq);
    }

    @Override
    public String describe() {
        return "escalation step " + id + " (" + action + " of escalation " + escalationId + ")";
    }

    @Override
    public void place(long logSeq, String previousHash) {
        this.logSeq = logSeq;
        this.previousHash = previousHash;
    }

    @Override
    public void seal(String hash) {
        this.hash = hash;
    }

    @Override
    public String teamId() {
        return teamId;
    }

    @Override
    public long logSeq() {
        return logSeq;
    }

    @Override
    public String hash() {
        return hash;
    }

    @Override
    public String previousHash() {
        return previousHash;
    }
}
