package io.remit.notification.audit.service;

import io.remit.notification.escalation.domain.DecisionStatusChange;
import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.escalation.domain.EscalationRoute;
import io.remit.notification.escalation.domain.EscalationVote;
import io.remit.notification.escalation.domain.SkippedTeam;
import io.remit.notification.notification.domain.DeliveryAttempt;
import io.remit.notification.notification.domain.Notification;
import io.remit.notification.sla.domain.EscalationBreach;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Merges everything recorded about an escalation into one chronological list. */
public final class AuditTimeline {

    private AuditTimeline() {
    }

    public static List<TimelineEntry> of(EscalationTrail trail) {
        return of(trail, notification -> true);
    }

    /**
     * The timeline as a reader sees it who is shown the recipient, delivery attempts and reading of only some
     * notifications: of the others it says that they were written, over which channel and to which team.
     */
    public static List<TimelineEntry> of(EscalationTrail trail, Predicate<Notification> showsDelivery) {
        EscalationRecord record = trail.record();
        List<TimelineEntry> entries = new ArrayList<>();
        add(entries, record.openedAt, TimelineStep.OPENED, "Decision " + record.decisionId + " of team "
                + record.teamId + " escalated: " + String.join("; ", record.reasons()));
        for (EscalationRoute route : trail.routes()) {
            add(entries, route.routedAt, TimelineStep.ROUTED, routed(route));
        }
        for (EscalationTrail.NotificationTrail item : trail.notifications()) {
            Notification n = item.notification();
            String where = " (team " + n.teamId + ", level " + n.level + (n.fallback ? ", fallback" : "") + ")";
            if (!showsDelivery.test(n)) {
                add(entries, n.createdAt, TimelineStep.NOTIFIED, n.kind + " notification via " + n.channel + where);
                continue;
            }
            add(entries, n.createdAt, TimelineStep.NOTIFIED, n.kind + " notification via " + n.channel + " to "
                    + n.recipient + onBehalfOf(n.onBehalfOf) + where);
            for (DeliveryAttempt attempt : item.attempts()) {
                add(entries, attempt.attemptedAt, TimelineStep.DELIVERY_ATTEMPT, attempted(n, attempt));
            }
            add(entries, n.readAt, TimelineStep.READ, n.recipient + " read the notification");
        }
        add(entries, record.acknowledgedAt, TimelineStep.ACKNOWLEDGED, "Acknowledged by " + record.acknowledgedBy
                + onBehalfOf(record.acknowledgedOnBehalfOf));
        for (EscalationVote vote : trail.votes()) {
            add(entries, vote.votedAt, TimelineStep.VOTED, voted(vote));
        }
        for (EscalationBreach breach : trail.breaches()) {
            add(entries, breach.breachedAt, TimelineStep.BREACHED, "Level " + breach.level + " deadline passed at team "
                    + breach.targetTeamId + (breach.atRoot ? "; at the root, its leads were reminded" : ""));
        }
        add(entries, record.resolvedAt, TimelineStep.RESOLVED, record.outcome + " by " + record.resolvedBy
                + onBehalfOf(record.resolvedOnBehalfOf)
                + (record.resolutionComment == null || record.resolutionComment.isBlank() ? ""
                        : ": " + record.resolutionComment));
        add(entries, record.withdrawnAt, TimelineStep.WITHDRAWN, "Withdrawn by " + record.withdrawnBy
                + onBehalfOf(record.withdrawnOnBehalfOf) + ": " + record.withdrawalReason
                + (record.supersededBy == null ? "" : " (successor decision " + record.supersededBy + ")"));
        for (DecisionStatusChange change : trail.statusChanges()) {
            add(entries, change.changedAt, TimelineStep.DECISION_STATUS_CHANGED, statusChanged(change));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::what));
        return entries;
    }

    /** E.g. "Level 2 vote APPROVED by dev on behalf of lena (delegate of lena in …): comment; 1 of 2 approvals". */
    private static String voted(EscalationVote vote) {
        return "Level " + vote.level + " vote " + vote.outcome + " by " + vote.votedBy + onBehalfOf(vote.onBehalfOf)
                + " (" + vote.basis + (vote.carried ? ", carried from the level below" : "") + ")"
                + (vote.comment == null ? "" : ": " + vote.comment)
                + "; " + vote.approvals + " of " + vote.approvalsRequired + " approvals, " + vote.statusAfter;
    }

    /** E.g. "Decision status PENDING -> WITHDRAWN by bob: reason". */
    private static String statusChanged(DecisionStatusChange change) {
        return "Decision status " + change.fromStatus + " -> " + change.toStatus + " by " + change.changedBy
                + onBehalfOf(change.onBehalfOf)
                + (change.reason == null ? "" : ": " + change.reason)
                + (change.supersededBy == null ? "" : "; superseded by decision " + change.supersededBy)
                + (change.supersedes == null ? "" : "; supersedes decision " + change.supersedes);
    }

    private static void add(List<TimelineEntry> entries, Instant at, TimelineStep what, String detail) {
        if (at != null) {
            entries.add(new TimelineEntry(at, what, detail));
        }
    }

    private static String routed(EscalationRoute route) {
        String notified = route.notifiedTeamId == null ? "no team up the tree has a lead or a channel to notify"
                : "notified team " + route.notifiedTeamId + (route.fallback ? " (fallback)" : "");
        return "Level " + route.level + " routed to team " + route.targetTeamId + ", due " + route.dueAt + "; "
                + notified + skipped(route.skipped);
    }

    /** The teams the level passed over, as decision-service stated them, e.g. "; skipped payments (NOT_COVERED: …)". */
    private static String skipped(List<SkippedTeam> skipped) {
        if (skipped == null || skipped.isEmpty()) {
            return "";
        }
        return "; skipped " + skipped.stream()
                .map(s -> s.teamId() + " (" + s.reason() + (s.detail() == null ? "" : ": " + s.detail()) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String onBehalfOf(String lead) {
        return lead == null ? "" : " on behalf of " + lead;
    }

    private static String attempted(Notification n, DeliveryAttempt attempt) {
        return "Delivery attempt " + attempt.attempt + " via " + n.channel + " to " + n.recipient + ": "
                + attempt.outcome + (attempt.statusCode == null ? "" : " (HTTP " + attempt.statusCode + ")")
                + (attempt.error == null ? "" : ", " + attempt.error) + " in " + attempt.latencyMs + " ms";
    }
}
