package io.remit.notification.notification.service;

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
import java.util.List;
import java.util.Optional;

/**
 * Decides who hears about an escalation: every lead of the team it reached (an inbox notification each) and each of
 * the team's contact channels. A team with neither falls back to its nearest ancestor that has one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NotificationPlanner {

    /** Quoted by a reminder about an escalation nobody was notified of before (no event to quote). */
    private static final String NO_EVENT = "{}";

    private final TeamDirectory directory;
    private final NotificationRepository notifications;

    NotificationPlanner(TeamDirectory directory, NotificationRepository notifications) {
        this.directory = directory;
        this.notifications = notifications;
    }

    /** The team that is actually told about an escalation to the target: itself, or a fallback above it. */
    public Optional<NotifiedTeam> notifiedTeamFor(String targetTeamId) {
        return directory.chainOf(targetTeamId).stream()
                .map(team -> new NotifiedTeam(team, directory.leadsOf(team.id)))
                .filter(notified -> notified.team().hasChannel() || !notified.leads().isEmpty())
                .findFirst();
    }

    /** Writes the notifications for one level of an escalation; email and webhook ones wait for the dispatcher. */
    public void notifyTeam(EscalationNotice escalation, NotifiedTeam notified, boolean fallback, String eventJson) {
        ReplicaTeam team = notified.team();
        for (String lead : notified.leads()) {
            write(escalation, team, fallback, NotificationKind.ESCALATED, Channel.INBOX, lead, eventJson);
        }
        if (team.contactEmail != null) {
            write(escalation, team, fallback, NotificationKind.ESCALATED, Channel.EMAIL, team.contactEmail, eventJson);
        }
        if (team.contactWebhookUrl != null) {
            write(escalation, team, fallback, NotificationKind.ESCALATED, Channel.WEBHOOK, team.contactWebhookUrl,
                    eventJson);
        }
    }

    /**
     * Reminds the leads of a team (the root, when an SLA passes there) in their inbox, quoting the event the newest
     * notification about the escalation quoted.
     */
    public void remindLeads(EscalationNotice escalation, ReplicaTeam team) {
        List<String> leads = directory.leadsOf(team.id);
        if (leads.isEmpty()) {
            return;
        }
        String eventJson = notifications.findLatestPayload(escalation.escalationId()).orElse(NO_EVENT);
        for (String lead : leads) {
            write(escalation, team, false, NotificationKind.REMINDER, Channel.INBOX, lead, eventJson);
        }
    }

    private void write(EscalationNotice escalation, ReplicaTeam team, boolean fallback, NotificationKind kind,
            Channel channel, String recipient, String eventJson) {
        Instant now = Instant.now();
        Notification notification = new Notification();
        notification.id = TimeOrderedIds.next();
        notification.escalationId = escalation.escalationId();
        notification.decisionId = escalation.decisionId();
        notification.kind = kind;
        notification.channel = channel;
        notification.recipient = recipient;
        notification.teamId = team.id;
        notification.level = escalation.level();
        notification.fallback = fallback;
        notification.title = escalation.title();
        notification.decidingTeamId = escalation.decidingTeamId();
        notification.reasonsText = escalation.reasonsText();
        notification.dueAt = escalation.dueAt();
        notification.payload = eventJson;
        notification.status = channel == Channel.INBOX ? NotificationStatus.UNREAD : NotificationStatus.PENDING;
        notification.nextAttemptAt = channel == Channel.INBOX ? null : now;
        notification.createdAt = now;
        notification.deliveredAt = channel == Channel.INBOX ? now : null;
        notifications.persist(notification);
    }
}
