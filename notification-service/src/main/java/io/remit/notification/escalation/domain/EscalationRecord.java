package io.remit.notification.escalation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An escalation as the audit sees it: the decision, where it stands, and when each step happened. */
@Entity
@Table(name = "escalation_record")
public class EscalationRecord {

    @Id
    public String id;

    @Column(name = "decision_id", nullable = false)
    public String decisionId;

    /** The deciding team. */
    @Column(name = "team_id", nullable = false)
    public String teamId;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String title;

    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;

    @Column(name = "budget_currency")
    public String budgetCurrency;

    @Column(nullable = false)
    public String risk;

    @Column(nullable = false)
    public String scope;

    @Column(nullable = false)
    public boolean reversible;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "reasons", nullable = false)
    public String reasonsText;

    /** The boundary that refused the decision; null when none played a part or its recorded event did not say. */
    @Column(name = "boundary_id")
    public String boundaryId;

    @Column(name = "boundary_version")
    public Integer boundaryVersion;

    @Column(nullable = false)
    public int level;

    @Column(name = "target_team_id", nullable = false)
    public String targetTeamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EscalationStatus status;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    /** The lead a delegate acknowledged for; null when the actor acted in their own right. */
    @Column(name = "acknowledged_on_behalf_of")
    public String acknowledgedOnBehalfOf;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    /** The lead a delegate resolved for; null when the actor acted in their own right. */
    @Column(name = "resolved_on_behalf_of")
    public String resolvedOnBehalfOf;

    /** APPROVED or REJECTED, as decision-service's resolved event said it. */
    public String outcome;

    @Column(name = "resolution_comment")
    public String resolutionComment;

    /** Approving votes counted at the current level, as the last vote left them; null until a vote said. */
    public Integer approvals;

    /** Distinct approvers the current level needs, as the last vote said; null until a vote said. */
    @Column(name = "approvals_required")
    public Integer approvalsRequired;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    /** The lead a delegate withdrew for; null when the actor acted in their own right. */
    @Column(name = "withdrawn_on_behalf_of")
    public String withdrawnOnBehalfOf;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    /** The successor decision, when the escalation ended because its decision was superseded. */
    @Column(name = "superseded_by")
    public String supersededBy;

    /** The decision's status as its last status-changed event said it; null until one arrived. */
    @Column(name = "decision_status")
    public String decisionStatus;

    @Version
    public long version;

    public List<String> reasons() {
        return reasonsText.isEmpty() ? List.of() : Arrays.asList(reasonsText.split("\n"));
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** Resolved or withdrawn: nothing more is asked of anyone, and no deadline follows. */
    public boolean isEnded() {
        return isResolved() || isWithdrawn();
    }
}
