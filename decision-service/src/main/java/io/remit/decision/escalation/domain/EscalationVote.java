package io.remit.decision.escalation.domain;

import io.remit.decision.evaluation.Quorum;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One person's vote on an escalation, counted at one level: cast there, or carried from the level below on a move up
 * (a new row, marked carried, with the basis the voter holds at the new level). Never changed once written.
 */
@Entity
@Table(name = "escalation_vote")
public class EscalationVote {

    @Id
    public String id;

    @Column(name = "escalation_id", nullable = false, updatable = false)
    public String escalationId;

    @Column(nullable = false, updatable = false)
    public int level;

    @Column(nullable = false, updatable = false)
    public String voter;

    /** The lead a delegate voted for; null for a vote in the voter's own right. */
    @Column(name = "on_behalf_of", updatable = false)
    public String onBehalfOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Quorum.Outcome outcome;

    /** When the vote was cast; a carried vote keeps the instant it was cast at. */
    @Column(name = "voted_at", nullable = false, updatable = false)
    public Instant at;

    @Column(updatable = false)
    public String comment;

    /** Eligibility.Allowed.describe() of the voter at this level, e.g. "lead of finance". */
    @Column(nullable = false, updatable = false)
    public String basis;

    @Column(nullable = false, updatable = false)
    public boolean carried;

    public Quorum.Vote toVote() {
        return new Quorum.Vote(voter, onBehalfOf, outcome, carried);
    }
}
