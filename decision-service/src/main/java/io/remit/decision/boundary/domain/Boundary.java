package io.remit.decision.boundary.domain;

import io.remit.decision.evaluation.ApprovalRules;
import io.remit.decision.evaluation.Money;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One immutable version of a team's decision right for one category. */
@Entity
@Table(name = "boundary")
public class Boundary {

    @Id
    public String id;

    @Column(name = "team_id", nullable = false, updatable = false)
    public String teamId;

    @Column(nullable = false, updatable = false)
    public String category;

    @Column(nullable = false, updatable = false)
    public int version;

    @Column(name = "max_budget_amount", updatable = false)
    public BigDecimal maxBudgetAmount;

    @Column(name = "max_budget_currency", updatable = false)
    public String maxBudgetCurrency;

    /** Null only for a root version that holds approval rules only. */
    @Enumerated(EnumType.STRING)
    @Column(name = "max_risk", updatable = false)
    public Risk maxRisk;

    /** Null only for a root version that holds approval rules only. */
    @Enumerated(EnumType.STRING)
    @Column(name = "max_scope", updatable = false)
    public Scope maxScope;

    @Column(name = "irreversible_allowed", nullable = false, updatable = false)
    public boolean irreversibleAllowed;

    @Column(name = "valid_from", nullable = false, updatable = false)
    public Instant validFrom;

    /** As written; a later version may take over earlier (see {@link BoundaryHistory}). */
    @Column(name = "valid_until", updatable = false)
    public Instant validUntil;

    @Column(nullable = false, updatable = false)
    public String reason;

    /** How many distinct approvers an escalation targeting this team needs; empty means one. */
    @Convert(converter = ApprovalRulesColumn.class)
    @Column(updatable = false)
    public List<ApprovalRules.Rule> approvals = List.of();

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** Never null, whether or not the database handed the converter a null column. */
    public List<ApprovalRules.Rule> approvals() {
        return approvals == null ? List.of() : approvals;
    }

    /**
     * A root version that holds only approval rules, validity and a reason: evaluation, routing and nesting never see
     * it, since the root holds every right anyway.
     */
    public boolean rulesOnly() {
        return maxRisk == null;
    }

    public Money maxBudget() {
        return maxBudgetAmount == null ? null : new Money(maxBudgetAmount, maxBudgetCurrency);
    }
}
