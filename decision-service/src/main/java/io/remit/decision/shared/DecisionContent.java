package io.remit.decision.shared;

import io.remit.decision.evaluation.Money;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a team decided and who decided it, which never changes once logged. A decision stores it, and so does its
 * escalation: who decided may not act on it, and the escalation publishes this snapshot again on each move up, without
 * reading the decision log.
 */
@Embeddable
public class DecisionContent {

    @Column(nullable = false, updatable = false)
    public String category;

    @Column(nullable = false, updatable = false)
    public String title;

    @Column(name = "budget_amount", updatable = false)
    public BigDecimal budgetAmount;

    @Column(name = "budget_currency", updatable = false)
    public String budgetCurrency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Risk risk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Scope scope;

    @Column(nullable = false, updatable = false)
    public boolean reversible;

    @Column(name = "decided_by", nullable = false, updatable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    public Instant decidedAt;

    public Money budget() {
        return budgetAmount == null ? null : new Money(budgetAmount, budgetCurrency);
    }

    /** A copy for another row: one embedded value never belongs to two entities. */
    public DecisionContent copy() {
        DecisionContent copy = new DecisionContent();
        copy.category = category;
        copy.title = title;
        copy.budgetAmount = budgetAmount;
        copy.budgetCurrency = budgetCurrency;
        copy.risk = risk;
        copy.scope = scope;
        copy.reversible = reversible;
        copy.decidedBy = decidedBy;
        copy.decidedAt = decidedAt;
        return copy;
    }
}
