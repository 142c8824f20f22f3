package io.remit.decision.escalation.domain;

import io.remit.decision.evaluation.Quorum;
import io.remit.decision.evaluation.SkippedTeam;
import io.remit.decision.ledger.CanonicalForm;
import io.remit.decision.ledger.HashVersions;
import io.remit.decision.shared.StatusChange;
import io.remit.decision.shared.StatusChangesColumn;
import io.remit.decision.teamlog.LogEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One state change of an escalation, with who and when, chained into the deciding team's log. */
@Entity
@Table(name = "escalation_step")
public class EscalationStep extends LogEntry {

    @Id
    public String id;

    @Column(name = "escalation_id", nullable = false, updatable = false)
    public String escalationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public StepAction action;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(nullable = false, updatable = false)
    public int level;

    @Column(name = "target_team_id", nullable = false, updatable = false)
    public String targetTeamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public EscalationStatus status;

    @Column(name = "due_at", updatable = false)
    public Instant dueAt;

    @Column(updatable = false)
    public String comment;

    /** The lead a delegate acted for; null when the actor acted in their own right or Remit itself acted. */
    @Column(name = "on_behalf_of", updatable = false)
    public String onBehalfOf;

    /** In what right the actor acted, e.g. "lead of finance"; null for steps Remit takes and for older steps. */
    @Column(updatable = false)
    public String basis;

    /** The teams this step's routing passed over (OPENED and MOVED_UP only), nearest first; empty otherwise. */
    @Convert(converter = SkippedTeamsColumn.class)
    @Column(updatable = false)
    public List<SkippedTeam> skipped = List.of();

    /** The outcome of the vote this step records (VOTED, and RESOLVED by a vote); null otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public Quorum.Outcome vote;

    /** The approvals counted at the step's level after it (votes and moves up); null otherwise. */
    @Column(updatable = false)
    public Integer approvals;

    /** The distinct approvers the target needs (votes and moves up); null otherwise. */
    @Column(name = "approvals_required", updatable = false)
    public Integer approvalsRequired;

    /** The voters a move up carried to the new level; null for other steps. */
    @Convert(converter = VotersColumn.class)
    @Column(name = "carried_votes", updatable = false)
    public List<String> carriedVotes;

    /** The voters a move up dropped (no longer eligible at the new level); null for other steps. */
    @Convert(converter = VotersColumn.class)
    @Column(name = "dropped_votes", updatable = false)
    public List<String> droppedVotes;

    /** The decisions' statuses this step's act changed (its own decision's, and one it superseded); empty if none. */
    @Convert(converter = StatusChangesColumn.class)
    @Column(name = "status_changes", updatable = false)
    public List<StatusChange> statusChanges = List.of();

    /**
     * The fields of the first release, then, at hash version 1, onBehalfOf, basis and the skipped teams only when
     * present (so every step written before they existed keeps the text it had); from version 2 on, the version and
     * every named field of that version, nulls included.
     */
    @Override
    public String canonicalContent() {
        List<Object> fixed = Arrays.asList("escalation-step", id, escalationId, teamId, action, actor, occurredAt,
                level, targetTeamId, status, dueAt, comment, logSeq);
        if (hashVersion == HashVersions.FIRST) {
            List<Object> skips = skipped().isEmpty() ? null : skippedCanonically();
            return CanonicalForm.withOptionalFields(fixed, CanonicalForm.optional("onBehalfOf", onBehalfOf),
                    CanonicalForm.optional("basis", basis), CanonicalForm.optional("skipped", skips));
        }
        return CanonicalForm.versioned(hashVersion, fixed, CanonicalForm.optional("onBehalfOf", onBehalfOf),
                CanonicalForm.optional("basis", basis), CanonicalForm.optional("skipped", skippedCanonically()),
                CanonicalForm.optional("vote", vote), CanonicalForm.optional("approvals", approvals),
                CanonicalForm.optional("approvalsRequired", approvalsRequired),
                CanonicalForm.optional("carriedVotes", carriedVotes),
                CanonicalForm.optional("droppedVotes", droppedVotes),
                CanonicalForm.optional("statusChanges", StatusChange.canonical(statusChanges())));
    }

    public List<StatusChange> statusChanges() {
        return statusChanges == null ? List.of() : statusChanges;
    }

    private List<Object> skippedCanonically() {
        return skipped().stream()
                .map(skip -> (Object) List.<Object>of(skip.teamId(), skip.reason(), skip.detail()))
                .toList();
    }

    /** Never null, whether or not the database handed the converter a null column. */
    public List<SkippedTeam> skipped() {
        return skipped == null ? List.of() : skipped;
    }

    @Override
    public String describe() {
        return "escalation step " + id + " (" + action + " of escalation " + escalationId + ")";
    }
}
