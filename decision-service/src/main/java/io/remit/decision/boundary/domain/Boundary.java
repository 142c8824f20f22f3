package io.remit.decision.boundary.domain;

import io.remit.decision.evaluation.Money;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "max_risk", nullable = false, updatable = false)
    public Risk maxRisk;

    @Enumerated(EnumType.STRING)
    @Column(name = "max_scope", nullable = false, updatable = false)
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

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public Money maxBudget() {
        return maxBudgetAmount == null ? null : new Money(maxBudgetAmount, maxBudgetCurrency);
    }
}
