package io.remit.notification.audit.rest;

import io.remit.notification.audit.service.EscalationTrail;
import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.escalation.domain.EscalationRoute;
import io.remit.notification.escalation.domain.EscalationVote;
import io.remit.notification.escalation.domain.SkippedTeam;
import io.remit.notification.notification.domain.Channel;
import io.remit.notification.notification.domain.DeliveryAttempt;
import io.remit.notification.notification.domain.Notification;
import io.remit.notification.notification.domain.NotificationKind;
import io.remit.notification.notification.domain.NotificationStatus;
import io.remit.notification.sla.domain.EscalationBreach;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EscalationAudit", description = "An escalation as the audit sees it: the decision, where it stands, "
        + "each level it was routed to, each notification with its delivery attempts, and each missed deadline")
public record EscalationAuditView(
        @Schema(description = "The escalation id (UUIDv7)", example = "01a207e7-524b-7166-8b9d-2434e465e150")
        String id,
        String decisionId,
        @Schema(description = "The team that decided", example = "payments") String decidingTeamId,
        @Schema(example = "spend") String category,
        @Schema(example = "Switch card processor to Acme Pay") String title,
        @Schema(description = "Absent when the decision spends nothing") Budget budget,
        @Schema(enumeration = {"LOW", "MEDIUM", "HIGH", "CRITICAL"}) String risk,
        @Schema(enumeration = {"TEAM", "CROSS_TEAM", "ORGANISATION"}) String scope,
        boolean reversible,
        String decidedBy,
        Instant decidedAt,
        @Schema(description = "Why the decision is outside its team's remit, one per breached dimension")
        List<String> reasons,
        @Schema(description = "The current level: 1 for the first routing, +1 for each move up") int level,
        @Schema(description = "The team that now holds it") String targetTeamId,
        @Schema(description = "WITHDRAWN (new): the escalation ended because its decision was withdrawn or superseded",
                enumeration = {"OPEN", "ACKNOWLEDGED", "APPROVED", "REJECTED", "WITHDRAWN"}) String status,
        @Schema(description = "When decision-service opened it (its event's time)") Instant openedAt,
        @Schema(description = "The current deadline") Instant dueAt,
        @Schema(description = "Neither resolved nor withdrawn, and the current deadline has passed") boolean overdue,
        Instant acknowledgedAt,
        String acknowledgedBy,
        @Schema(description = "Present when a delegate acknowledged: the lead they acted for", example = "lena")
        String acknowledgedOnBehalfOf,
        Instant resolvedAt,
        String resolvedBy,
        @Schema(description = "Present when a delegate resolved: the lead they acted for", example = "lena")
        String resolvedOnBehalfOf,
        @Schema(enumeration = {"APPROVED", "REJECTED"}) String outcome,
        String resolutionComment,
        @Schema(description = "Approving votes counted at the current level, as the newest vote on it left them; "
                + "absent until a vote was cast there", example = "1") Integer approvals,
        @Schema(description = "The distinct approvers the current level needs, as the newest vote on it said; absent "
                + "until a vote was cast there", example = "2") Integer approvalsRequired,
        @Schema(description = "Each vote, in the order cast, every level") List<Vote> votes,
        @Schema(description = "Present when it ended WITHDRAWN: when") Instant withdrawnAt,
        @Schema(description = "Present when it ended WITHDRAWN: who withdrew the decision, or whose act put its "
                + "successor in effect (remit when Remit itself acted)") String withdrawnBy,
        @Schema(description = "Present when a delegate withdrew: the lead they acted for", example = "lena")
        String withdrawnOnBehalfOf,
        @Schema(description = "Present when it ended WITHDRAWN: the reason, or \"superseded by <decision id>\"")
        String withdrawalReason,
        @Schema(description = "Present when it ended because its decision was superseded: the successor decision")
        String supersededBy,
        @Schema(description = "The decision's status as decision-service last reported a change of it; absent "
                + "until one arrived", enumeration = {"PENDING", "IN_EFFECT", "REJECTED", "WITHDRAWN", "SUPERSEDED"})
        String decisionStatus,
        @Schema(description = "Each level it was routed to, by level") List<Route> routes,
        @Schema(description = "Each deadline that passed unanswered, oldest first") List<Breach> breaches,
        @Schema(description = "Each notification about it, oldest first") List<NotificationAudit> notifications) {

    public static EscalationAuditView of(EscalationTrail trail, Instant now) {
        EscalationRecord r = trail.record();
        return new EscalationAuditView(r.id, r.decisionId, r.teamId, r.category, r.title,
                Budget.of(r.budgetAmount, r.budgetCurrency), r.risk, r.scope, r.reversible, r.decidedBy, r.decidedAt,
                r.reasons(), r.level, r.targetTeamId, r.status.name(), r.openedAt, r.dueAt, trail.overdue(now),
                r.acknowledgedAt, r.acknowledgedBy, r.acknowledgedOnBehalfOf, r.resolvedAt, r.resolvedBy,
                r.resolvedOnBehalfOf, r.outcome, r.resolutionComment, r.approvals, r.approvalsRequired,
                trail.votes().stream().map(Vote::of).toList(), r.withdrawnAt, r.withdrawnBy, r.withdrawnOnBehalfOf,
                r.withdrawalReason, r.supersededBy, r.decisionStatus,
                trail.routes().stream().map(Route::of).toList(),
                trail.breaches().stream().map(Breach::of).toList(),
                trail.notifications().stream().map(NotificationAudit::of).toList());
    }

    @Schema(name = "AuditBudget", description = "The decision's budget; Remit never converts between currencies")
    public record Budget(@Schema(example = "50000") BigDecimal amount, @Schema(example = "EUR") String currency) {

        /**
         * Null for no amount; the amount without trailing zeros (50000, not 50000.0000), as decision-service writes
         * it.
         */
        static Budget of(BigDecimal amount, String currency) {
            if (amount == null) {
                return null;
            }
            BigDecimal plain = amount.stripTrailingZeros();
            return new Budget(plain.scale() < 0 ? plain.setScale(0) : plain, currency);
        }
    }

    @Schema(name = "AuditRoute", description = "One level of an escalation: the team it was routed to and the team "
            + "actually notified (itself, or the nearest ancestor with a lead or a channel)")
    public record Route(
            int level,
            String targetTeamId,
            @Schema(description = "Absent when no team up the tree had a lead or a channel")
            String notifiedTeamId,
            boolean fallback,
            Instant routedAt,
            @Schema(description = "The deadline this level was given") Instant dueAt,
            @Schema(description = "The teams this level passed over on its way to the target, and why, as "
                    + "decision-service routed it; absent for levels whose event did not say")
            List<Skip> skipped) {

        static Route of(EscalationRoute route) {
            return new Route(route.level, route.targetTeamId, route.notifiedTeamId, route.fallback, route.routedAt,
                    route.dueAt, route.skipped == null ? null : route.skipped.stream().map(Skip::of).toList());
        }
    }

    @Schema(name = "AuditSkippedTeam", description = "A team a routing level passed over")
    public record Skip(
            @Schema(example = "payments") String teamId,
            @Schema(description = "Why: NO_BOUNDARY, NOT_COVERED, SUSPENDED, ARCHIVED or NO_LEAD_OR_DELEGATE",
                    example = "NOT_COVERED") String reason,
            @Schema(description = "The reason for people; absent when decision-service gave none",
                    example = "budget 50000 EUR exceeds 20000 EUR") String detail) {

        static Skip of(SkippedTeam skipped) {
            return new Skip(skipped.teamId(), skipped.reason(), skipped.detail());
        }
    }

    @Schema(name = "AuditVote", description = "One person's vote at one level, and the count it left there")
    public record Vote(
            int level,
            @Schema(example = "dev") String by,
            @Schema(description = "Present when a delegate voted: the lead they voted for", example = "lena")
            String onBehalfOf,
            @Schema(enumeration = {"APPROVED", "REJECTED"}) String outcome,
            Instant at,
            @Schema(description = "Absent when the voter gave none") String comment,
            @Schema(description = "In what right the voter voted", example = "lead of finance") String basis,
            @Schema(description = "Carried from the level below when the escalation moved up") boolean carried,
            @Schema(description = "Approving votes counted at this level after this vote") int approvals,
            int approvalsRequired,
            @Schema(description = "The escalation's status after this vote",
                    enumeration = {"OPEN", "ACKNOWLEDGED", "APPROVED", "REJECTED"}) String status) {

        static Vote of(EscalationVote v) {
            return new Vote(v.level, v.votedBy, v.onBehalfOf, v.outcome, v.votedAt, v.comment, v.basis, v.carried,
                    v.approvals, v.approvalsRequired, v.statusAfter);
        }
    }

    @Schema(name = "AuditBreach", description = "A deadline that passed unanswered")
    public record Breach(
            String id,
            int level,
            String targetTeamId,
            @Schema(description = "At the root, where there is no one above: its leads were reminded") boolean atRoot,
            Instant breachedAt) {

        static Breach of(EscalationBreach breach) {
            return new Breach(breach.id, breach.level, breach.targetTeamId, breach.atRoot, breach.breachedAt);
        }
    }

    @Schema(name = "AuditNotification", description = "A notification about the escalation with every delivery "
            + "attempt")
    public record NotificationAudit(
            String id,
            NotificationKind kind,
            Channel channel,
            @Schema(description = "A user id (inbox), an email address or a webhook URL") String recipient,
            @Schema(description = "Present on a delegate's inbox notification: the lead whose authority they held",
                    example = "lena") String onBehalfOf,
            @Schema(description = "The team notified") String teamId,
            int level,
            boolean fallback,
            NotificationStatus status,
            Instant createdAt,
            Instant deliveredAt,
            Instant readAt,
            @Schema(description = "Present on a WITHDRAWN notification: why the escalation ended")
            String withdrawalReason,
            @Schema(description = "Present on a WITHDRAWN notification about a superseded decision: its successor")
            String supersededBy,
            @Schema(description = "Each try to deliver an email or webhook, in order; empty for inbox ones")
            List<Attempt> deliveryAttempts) {

        static NotificationAudit of(EscalationTrail.NotificationTrail item) {
            Notification n = item.notification();
            return new NotificationAudit(n.id, n.kind, n.channel, n.recipient, n.onBehalfOf, n.teamId, n.level,
                    n.fallback, n.status,
                    n.createdAt, n.deliveredAt, n.readAt, n.withdrawalReason, n.supersededBy,
                    item.attempts().stream().map(Attempt::of).toList());
        }
    }

    @Schema(name = "AuditDeliveryAttempt", description = "One try to deliver a notification")
    public record Attempt(
            int attempt,
            Instant attemptedAt,
            @Schema(description = "The HTTP status of a webhook call") Integer statusCode,
            long latencyMs,
            String error,
            @Schema(enumeration = {"DELIVERED", "RETRY", "FAILED"}) String outcome) {

        static Attempt of(DeliveryAttempt a) {
            return new Attempt(a.attempt, a.attemptedAt, a.statusCode, a.latencyMs, a.error, a.outcome.name());
        }
    }
}
