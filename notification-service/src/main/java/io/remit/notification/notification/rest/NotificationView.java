package io.remit.notification.notification.rest;

import io.remit.notification.notification.domain.Channel;
import io.remit.notification.notification.domain.Notification;
import io.remit.notification.notification.domain.NotificationKind;
import io.remit.notification.notification.domain.NotificationStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Notification", description = "A message about an escalation to one recipient over one channel")
public record NotificationView(
        String id,
        String escalationId,
        String decisionId,
        NotificationKind kind,
        Channel channel,
        @Schema(description = "A user id (inbox), an email address or a webhook URL") String recipient,
        @Schema(description = "Present on a delegate's inbox notification: the lead whose authority the recipient "
                + "holds through an active delegation (the first by user id when several leads lent theirs); absent "
                + "on a lead's own and on team channels", example = "lena") String onBehalfOf,
        @Schema(description = "The team notified: the escalation's target, or the ancestor it fell back to")
        String teamId,
        @Schema(description = "True when the target had no lead and no channel, and an ancestor was told")
        boolean fallback,
        int level,
        String title,
        String decidingTeamId,
        List<String> reasons,
        Instant dueAt,
        NotificationStatus status,
        int attempts,
        Instant createdAt,
        Instant deliveredAt,
        Instant readAt,
        @Schema(description = "Present on a WITHDRAWN notification: why the escalation ended (its decision was "
                + "withdrawn, or superseded)", example = "Acme Pay withdrew its offer") String withdrawalReason,
        @Schema(description = "Present on a WITHDRAWN notification about a superseded decision: the successor "
                + "decision's id") String supersededBy) {

    public static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.escalationId, n.decisionId, n.kind, n.channel, n.recipient, n.onBehalfOf,
                n.teamId,
                n.fallback, n.level, n.title, n.decidingTeamId, n.reasons(), n.dueAt, n.status, n.attempts,
                n.createdAt, n.deliveredAt, n.readAt, n.withdrawalReason, n.supersededBy);
    }
}
