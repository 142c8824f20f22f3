package io.remit.notification.escalation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One vote on an escalation at one level, as decision-service's voted event stated it, with the count it left. Values
 * received from decision-service (outcome, status after the vote) stay the text they arrived as.
 */
@Entity
@Table(name = "escalation_vote")
public class EscalationVote {

    @Id
    public String id;

    @Column(name = "escalation_id", nullable = false)
    public String escalationId;

    @Column(nullable = false)
    public int level;

    @Column(name = "voted_by", nullable = false)
    public String votedBy;

    /** The lead a delegate voted for; null when the voter voted in their own right. */
    @Column(name = "on_behalf_of")
    public String onBehalfOf;

    /** APPROVED or REJECTED. */
    @Column(nullable = false)
    public String outcome;

    @Column(name = "voted_at", nullable = false)
    public Instant votedAt;

    public String comment;

    /** In what right the voter voted, e.g. "lead of acme". */
    @Column(nullable = false)
    public String basis;

    /** Carried from a lower level when the escalation moved up. */
    @Column(nullable = false)
    public boolean carried;

    /** Approving votes counted at this level after this vote. */
    @Column(nullable = false)
    public int approvals;

    @Column(name = "approvals_required", nullable = false)
    public int approvalsRequired;

    /** The escalation's status after the vote, as decision-service said it. */
    @Column(name = "status_after", nullable = false)
    public String statusAfter;
}
