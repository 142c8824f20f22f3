package io.remit.decision.decision.domain;

import io.remit.decision.evaluation.Verdict;
import io.remit.decision.ledger.CanonicalForm;
import io.remit.decision.ledger.HashVersions;
import io.remit.decision.shared.DecisionContent;
import io.remit.decision.shared.DecisionStatus;
import io.remit.decision.shared.StatusChange;
import io.remit.decision.shared.StatusChangesColumn;
import io.remit.decision.teamlog.LogEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

    /** Where the decision stands now; changes after it was logged are recorded by the entries of the acts. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionStatus status;

    /** The status it was logged with (hashed from version 2 on); null for entries of version 1. */
    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_status", updatable = false)
    public DecisionStatus recordedStatus;

    /** Logged from an earlier record (an architecture decision record, say): its verdict is history. */
    @Column(nullable = false, updatable = false)
    public boolean imported;

    /** The earlier decision of the same team this one replaces once in effect. */
    @Column(updatable = false)
    public String supersedes;

    /** The later decision that replaced this one (set once that one is in effect, or linked when this one ended). */
    @Column(name = "superseded_by")
    public String supersededBy;

    /** Other decisions whose status logging this one changed (the one it superseded, when it took effect at once). */
    @Convert(converter = StatusChangesColumn.class)
    @Column(name = "status_changes", updatable = false)
    public List<StatusChange> statusChanges = List.of();

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
        return CanonicalForm.versioned(hashVersion, fixed, CanonicalForm.optional("status", recordedStatus),
                CanonicalForm.optional("imported", imported), CanonicalForm.optional("supersedes", supersedes),
                CanonicalForm.optional("statusChanges", StatusChange.canonical(statusChanges())));
    }

    public List<StatusChange> statusChanges() {
        return statusChanges == null ? List.of() : statusChanges;
    }

    @Override
    public String describe() {
        return "decision " + id;
    }
}
