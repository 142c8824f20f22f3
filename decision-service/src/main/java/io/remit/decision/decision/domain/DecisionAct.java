package io.remit.decision.decision.domain;

import io.remit.decision.ledger.CanonicalForm;
import io.remit.decision.shared.StatusChange;
import io.remit.decision.shared.StatusChangesColumn;
import io.remit.decision.teamlog.LogEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An act on a decision that no open escalation carries (withdrawing a decision in effect), with who, in what right
 * and why: one entry of the team's log, with the status changes it caused. Introduced at hash version 2.
 */
@Entity
@Table(name = "decision_act")
public class DecisionAct extends LogEntry {

    public static final String WITHDRAWN = "WITHDRAWN";

    @Id
    public String id;

    @Column(name = "decision_id", nullable = false, updatable = false)
    public String decisionId;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(name = "on_behalf_of", updatable = false)
    public String onBehalfOf;

    @Column(updatable = false)
    public String basis;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Convert(converter = StatusChangesColumn.class)
    @Column(name = "status_changes", updatable = false)
    public List<StatusChange> statusChanges = List.of();

    @Override
    public String canonicalContent() {
        return CanonicalForm.versioned(hashVersion, Arrays.asList("decision-act", id, decisionId, teamId, action,
                        actor, occurredAt, logSeq), CanonicalForm.optional("onBehalfOf", onBehalfOf),
                CanonicalForm.optional("basis", basis), CanonicalForm.optional("reason", reason),
                CanonicalForm.optional("statusChanges", StatusChange.canonical(
                        statusChanges == null ? List.of() : statusChanges)));
    }

    @Override
    public String describe() {
        return "decision act " + id + " (" + action + " of decision " + decisionId + ")";
    }
}
