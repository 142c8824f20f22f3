package io.remit.decision.escalation.domain;

import io.remit.decision.shared.DecisionContent;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An out-of-remit decision routed to a team above; one id for its whole life. Its history is in EscalationStep. */
@Entity
@Table(name = "escalation")
public class Escalation {

    /** Reasons are stored as one text; they are single-line, so a line break separates them. */
    private static final String REASON_SEPARATOR = "\n";

    @Id
    public String id;

    @Column(name = "decision_id", nullable = false, updatable = false)
    public String decisionId;

    /** The deciding team. */
    @Column(name = "team_id", nullable = false, updatable = false)
    public String teamId;

    /** A copy of the decision's content, so that acting on the escalation never reads the decision log. */
    @Embedded
    public DecisionContent decision;

    /** Who recorded the decision, who may not act on its escalation any more than who decided. */
    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "target_team_id", nullable = false)
    public String targetTeamId;

    @Column(nullable = false)
    public int level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EscalationStatus status;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "reasons", nullable = false, updatable = false)
    public String reasonsText;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public Instant openedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Enumerated(EnumType.STRING)
    public EscalationStatus outcome;

    /** Distinct approvers the current target's approval rules require for the decision; 1 when none match. */
    @Column(name = "approvals_required", nullable = false)
    public int approvalsRequired = 1;

    @Version
    public long version;

    public List<String> reasons() {
        return reasonsText.isEmpty() ? List.of() : Arrays.asList(reasonsText.split(REASON_SEPARATOR));
    }

    public void setReasons(List<String> reasons) {
        reasonsText = String.join(REASON_SEPARATOR, reasons);
    }
}
