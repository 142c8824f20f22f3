package io.remit.decision.escalation.domain;

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
 * What an escalation keeps of its decision, which never changes: who decided (no one who did may act on it) and the
 * snapshot it publishes again each time it moves up. Kept here so the escalation never reads the decision log.
 */
@Embeddable
public class EscalatedDecision {

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
}
