package io.remit.notification.audit.rest;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit list as CSV: a header row, then one row per escalation, with counts of its breaches and messages. Columns
 * added later go at the end, so a reader that picks columns by position keeps working.
 */
final class EscalationAuditCsv {

    static final List<String> HEADER = List.of("escalationId", "decisionId", "decidingTeamId", "title", "category",
            "budget", "currency", "risk", "scope", "reversible", "decidedBy", "decidedAt", "reasons", "level",
            "targetTeamId", "routedTo", "status", "openedAt", "dueAt", "acknowledgedAt", "acknowledgedBy", "resolvedAt",
            "resolvedBy", "outcome", "resolutionComment", "breaches", "notifications", "deliveryAttempts", "overdue",
            "acknowledgedOnBehalfOf", "resolvedOnBehalfOf", "approvals", "approvalsRequired", "votes", "withdrawnAt",
            "withdrawnBy", "withdrawnOnBehalfOf", "withdrawalReason", "supersededBy", "decisionStatus");

    /** A header row and one row, for the OpenAPI document. */
    static final String EXAMPLE = "escalationId,decisionId,decidingTeamId,title,category,budget,currency,risk,scope,"
            + "reversible,decidedBy,decidedAt,reasons,level,targetTeamId,routedTo,status,openedAt,dueAt,acknowledgedAt,"
            + "acknowledgedBy,resolvedAt,resolvedBy,outcome,resolutionComment,breaches,notifications,deliveryAttempts,"
            + "overdue,acknowledgedOnBehalfOf,resolvedOnBehalfOf,approvals,approvalsRequired,votes,withdrawnAt,"
            + "withdrawnBy,withdrawnOnBehalfOf,withdrawalReason,supersededBy,decisionStatus\r\n"
            + "01a207e7-524b-7166-8b9d-2434e465e150,01a207e7-524b-7bda-ad3c-2d6d1a3d1fa7,payments,"
            + "\"Switch card processor to Acme Pay, then renegotiate\",spend,50000,EUR,HIGH,CROSS_TEAM,false,bob,"
            + "2026-11-23T10:00:00Z,budget 50000 EUR exceeds 20000 EUR; risk HIGH exceeds MEDIUM,2,finance,"
            + "engineering > finance,APPROVED,2026-11-23T10:15:30.125087Z,2026-11-24T10:15:30.123456Z,"
            + "2026-11-24T08:00:00Z,dev,2026-11-24T09:05:47.771320Z,dev,APPROVED,Within the quarterly budget,1,3,2,"
            + "false,dana,dana,2,2,\"erin APPROVED; dev on behalf of dana APPROVED\",,,,,,"
            + "IN_EFFECT\r\n";

    private EscalationAuditCsv() {
    }

    static String write(List<EscalationAuditView> escalations) {
        CsvWriter csv = new CsvWriter().row(HEADER);
        escalations.forEach(e -> csv.row(row(e)));
        return csv.toString();
    }

    private static List<Object> row(EscalationAuditView e) {
        return Arrays.asList(e.id(), e.decisionId(), e.decidingTeamId(), e.title(), e.category(),
                e.budget() == null ? null : e.budget().amount().toPlainString(),
                e.budget() == null ? null : e.budget().currency(), e.risk(), e.scope(), e.reversible(),
                e.decidedBy(), e.decidedAt(), String.join("; ", e.reasons()), e.level(), e.targetTeamId(),
                e.routes().stream().map(EscalationAuditView.Route::targetTeamId).collect(Collectors.joining(" > ")),
                e.status(), e.openedAt(), e.dueAt(), e.acknowledgedAt(), e.acknowledgedBy(), e.resolvedAt(),
                e.resolvedBy(), e.outcome(), e.resolutionComment(), e.breaches().size(), e.notifications().size(),
                e.notifications().stream().mapToInt(n -> n.deliveryAttempts().size()).sum(), e.overdue(),
                e.acknowledgedOnBehalfOf(), e.resolvedOnBehalfOf(), e.approvals(), e.approvalsRequired(),
                votes(e.votes()), e.withdrawnAt(), e.withdrawnBy(), e.withdrawnOnBehalfOf(), e.withdrawalReason(),
                e.supersededBy(), e.decisionStatus());
    }

    /** Every vote in one field, e.g. "erin APPROVED; dev on behalf of dana APPROVED"; empty when none was cast. */
    private static String votes(List<EscalationAuditView.Vote> votes) {
        return votes.stream()
                .map(v -> v.by() + (v.onBehalfOf() == null ? "" : " on behalf of " + v.onBehalfOf()) + " "
                        + v.outcome() + (v.carried() ? " (carried)" : ""))
                .collect(Collectors.joining("; "));
    }
}
