package io.remit.decision.decision.domain;

import io.remit.decision.evaluation.Verdict;
import io.remit.decision.ledger.CanonicalForm;
import io.remit.decision.ledger.HashVersions;
import io.remit.decision.shared.DecisionContent;
import io.remit.decision.teamlog.LogEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

    @Embedded
    public DecisionContent content;

    @Column(updatable = false)
    public String rationale;

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

    public List<String> reasons() {
        return reasonsText.isEmpty() ? List.of() : Arrays.asList(reasonsText.split(REASON_SEPARATOR));
    }

    public void setReasons(List<String> reasons) {
        reasonsText = String.join(REASON_SEPARATOR, reasons);
    }

    /** The fields of the first release; from hash version 2 on, followed by the version and its named fields. */
    @Override
    public String canonicalContent() {
        DecisionContent c = content;
        List<Object> fixed = Arrays.asList("decision", id, teamId, c.category, c.title, rationale, c.budgetAmount,
                c.budgetCurrency, c.risk, c.scope, c.reversible, c.decidedBy, c.decidedAt, recordedBy, recordedAt,
                source, externalRef, verdict, reasons(), boundaryId, boundaryVersion, logSeq);
        if (hashVersion == HashVersions.FIRST) {
            return CanonicalForm.of(fixed.toArray());
        }
        return CanonicalForm.versioned(hashVersion, fixed);
    }

    @Override
    public String describe() {
        return "decision " + id;
    }
}
