package io.remit.decision.decision.domain;

import io.remit.decision.evaluation.Money;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import io.remit.decision.evaluation.Verdict;
import io.remit.decision.ledger.CanonicalForm;
import io.remit.decision.teamlog.LogEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** What a team decided, the verdict on it and the boundary version behind the verdict: one entry of its log. */
@Entity
@Table(name = "decision")
public class Decision extends LogEntry {

    /** Reasons are stored as one text; this separator cannot occur in a reason (they are single-line). */
    private static final String REASON_SEPARATOR = "\n";

    @Id
    public String id;

    @Column(nullable = false, updatable = false)
    public String category;

    @Column(nullable = false, updatable = false)
    public String title;

    @Column(updatable = false)
    public String rationale;

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

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(updatable = false)
    public String source;

    @Column(name = "external_ref", updatable = false)
    public String externalRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Verdict verdict;

    @Column(name = "reasons", nullable = false, updatable = false)
    public String reasonsText;

    @Column(name = "boundary_id", updatable = false)
    public String boundaryId;

    @Column(name = "boundary_version", updatable = false)
    public Integer boundaryVersion;

    public Money budget() {
        return budgetAmount == null ? null : new Money(budgetAmount, budgetCurrency);
    }

    public List<String> reasons() {
        return reasonsText.isEmpty() ? List.of() : Arrays.asList(reasonsText.split(REASON_SEPARATOR));
    }

    public void setReasons(List<String> reasons) {
        reasonsText = String.join(REASON_SEPARATOR, reasons);
    }

    @Override
    public String canonicalContent() {
        return CanonicalForm.of("decision", id, teamId, category, title, rationale, budgetAmount, budgetCurrency, risk,
                scope, reversible, decidedBy, decidedAt, recordedBy, recordedAt, source, externalRef, verdict,
                reasons(), boundaryId, boundaryVersion, logSeq);
    }

    @Override
    public String describe() {
        return "decision " + id;
    }
}
