package io.remit.notification.notification.service;

import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.notification.domain.Channel;
import io.remit.notification.notification.domain.Notification;
import io.remit.notification.notification.domain.NotificationKind;
import io.remit.notification.notification.domain.NotificationRepository;
import io.remit.notification.notification.domain.NotificationStatus;
import io.remit.notification.team.domain.ReplicaTeam;
import io.remit.notification.team.service.TeamDirectory;
import io.remit.platform.ids.TimeOrderedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides who hears about an escalation: every lead of the team it reached (an inbox notification each) and each of
 * the team's contact channels. A team with neither falls back to its nearest ancestor that has one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NotificationPlanner {

    private final TeamDirectory directory;
    private final NotificationRepository notifications;

    NotificationPlanner(TeamDirectory directory, NotificationRepository notifications) {
        this.directory = directory;
        this.notifications = notifications;
    }

    /** The team that is actually told about an escalation to the target: itself, or a fallback above it. */
    public Optional<ReplicaTeam> notifiedTeamFor(String targetTeamId) {
        return directory.chainOf(targetTeamId).stream()
                .filter(team -> team.hasChannel() || !directory.leadsOf(team.id).isEmpty())
                .findFirst();
    }

    /** Writes the notifications for one level of an escalation; email and webhook ones wait for the dispatcher. */
    public List<Notification> notifyTeam(EscalationRecord escalation, ReplicaTeam team, boolean fallback,
            NotificationKind kind, String eventJson) {
        List<Notification> written = new ArrayList<>();
        for (String lead : directory.leadsOf(team.id)) {
            written.add(write(escalation, team, fallback, kind, Channel.INBOX, lead, eventJson));
        }
        if (team.contactEmail != null) {
            written.add(write(escalation, team, fallback, kind, Channel.EMAIL, team.contactEmail, eventJson));
        }
        if (team.contactWebhookUrl != null) {
            written.add(write(escalation, team, fallback, kind, Channel.WEBHOOK, team.contactWebhookUrl, eventJson));
        }
        return written;
    }

    /** Reminds the leads of a team (the root, when an SLA passes there) in their inbox. */
    public List<Notification> remindLeads(EscalationRecord escalation, ReplicaTeam team, String eventJson) {
        return directory.leadsOf(team.id).stream()
                .map(lead -> write(escalation, team, false, NotificationKind.REMINDER, Channel.INBOX, lead, eventJson))
                .toList();
    }

    private Notification write(EscalationRecord escalation, ReplicaTeam team, boolean fallback, NotificationKind kind,
            Channel channel, String recipient, String eventJson) {
        Instant now = Instant.now();
        Notification notification = new Notification();
        notification.id = TimeOrderedIds.next();
        notification.escalationId = escalation.id;
        notification.decisionId = escalation.decisionId;
        notification.kind = kind;
        notification.channel = channel;
        notification.recipient = recipient;
        notification.teamId = team.id;
        notification.level = escalation.level;
        notification.fallback = fallback;
        notification.title = escalation.title;
        notification.decidingTeamId = escalation.teamId;
        notification.reasonsText = escalation.reasonsText;
        notification.dueAt = escalation.dueAt;
        notification.payload = eventJson;
        notification.status = channel == Channel.INBOX ? NotificationStatus.UNREAD : NotificationStatus.PENDING;
        notification.nextAttemptAt = channel == Channel.INBOX ? null : now;
        notification.createdAt = now;
        notification.deliveredAt = channel == Channel.INBOX ? now : null;
        notifications.persist(notification);
        return notification;
    }
}
