package io.remit.notification.notification.service;

import io.remit.notification.notification.domain.Channel;
import io.remit.notification.notification.domain.Notification;
import io.remit.notification.notification.domain.NotificationKind;
import io.remit.notification.notification.domain.NotificationRepository;
import io.remit.notification.notification.domain.NotificationStatus;
import io.remit.notification.team.domain.ReplicaTeam;
import io.remit.notification.team.service.Delegate;
import io.remit.notification.team.service.TeamDirectory;
import io.remit.platform.ids.TimeOrderedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides who hears about an escalation: every lead of the team it reached and every delegate active then for the
 * escalation's category (an inbox notification each, a delegate's naming the lead it stands in for), and each of the
 * team's contact channels. A team with none of them falls back to its nearest ancestor that has one. When an
 * escalation is withdrawn, those who were told of it are told so.
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

    /**
     * The team that is actually told about an escalation of a category to the target at an instant: itself, or a
     * fallback above it. An active delegate counts as a lead for that choice.
     */
    public Optional<NotifiedTeam> notifiedTeamFor(String targetTeamId, String category, Instant at) {
        return directory.chainOf(targetTeamId).stream()
                .map(team -> notifiedTeam(team, category, at))
                .filter(NotifiedTeam::hasSomeoneToTell)
                .findFirst();
    }

    /** Writes the notifications for one level of an escalation; email and webhook ones wait for the dispatcher. */
    public void notifyTeam(EscalationNotice escalation, NotifiedTeam notified, boolean fallback, String eventJson) {
        ReplicaTeam team = notified.team();
        for (String lead : notified.leads()) {
            write(escalation, team, fallback, NotificationKind.ESCALATED, Channel.INBOX, lead, null, eventJson);
        }
        for (Delegate delegate : notified.delegatesBesideLeads()) {
            write(escalation, team, fallback, NotificationKind.ESCALATED, Channel.INBOX, delegate.userId(),
                    delegate.onBehalfOf(), eventJson);
        }
        if (team.contactEmail != null) {
            write(escalation, team, fallback, NotificationKind.ESCALATED, Channel.EMAIL, team.contactEmail, null,
                    eventJson);
        }
        if (team.contactWebhookUrl != null) {
            write(escalation, team, fallback, NotificationKind.ESCALATED, Channel.WEBHOOK, team.contactWebhookUrl,
                    null, eventJson);
        }
    }

    /**
     * Reminds the leads of a team (the root, when an SLA passes there), and the delegates active now for the
     * escalation's category, in their inbox, quoting the event the newest notification about the escalation quoted.
     */
    public void remindLeads(EscalationNotice escalation, ReplicaTeam team) {
        NotifiedTeam notified = notifiedTeam(team, escalation.category(), Instant.now());
        if (notified.leads().isEmpty() && notified.delegates().isEmpty()) {
            return;
        }
        String eventJson = notifications.findLatestPayload(escalation.escalationId()).orElse(NO_EVENT);
        for (String lead : notified.leads()) {
            write(escalation, team, false, NotificationKind.REMINDER, Channel.INBOX, lead, null, eventJson);
        }
        for (Delegate delegate : notified.delegatesBesideLeads()) {
            write(escalation, team, false, NotificationKind.REMINDER, Channel.INBOX, delegate.userId(),
                    delegate.onBehalfOf(), eventJson);
        }
    }

    /**
     * Shows an open escalation, at its current level, to each delegate of the team told about it who is active at
     * {@code at} for its category and has not heard of this level yet (a delegation that started after the level was
     * routed). The caller holds the escalation's row lock, so two writers never both find someone missing. Returns
     * how many were told.
     */
    public int showToNewDelegates(EscalationNotice escalation, ReplicaTeam team, boolean fallback, Instant at) {
        NotifiedTeam notified = notifiedTeam(team, escalation.category(), at);
        List<Delegate> missing = notified.delegatesBesideLeads().stream()
                .filter(d -> !notifications.hasEscalationNotice(escalation.escalationId(), escalation.level(),
                        d.userId()))
                .toList();
        if (missing.isEmpty()) {
            return 0;
        }
        String eventJson = notifications.findLatestPayload(escalation.escalationId()).orElse(NO_EVENT);
        for (Delegate delegate : missing) {
            write(escalation, team, fallback, NotificationKind.ESCALATED, Channel.INBOX, delegate.userId(),
                    delegate.onBehalfOf(), eventJson);
        }
        return missing.size();
    }

    /**
     * Tells everyone who was told of an escalation that it was withdrawn, once each: every user with an escalation or
     * reminder notice in their inbox (a delegate again on behalf of the lead their newest notice named), and every
     * team whose webhook heard of it, at the team's webhook now, with the withdrawn event as the body. E-mail is not
     * sent: nothing is e-mailed when an escalation ends otherwise either.
     */
    public void tellWithdrawn(EscalationNotice escalation, WithdrawalNotice withdrawal, String eventJson) {
        Map<String, Notification> newestPerUser = new LinkedHashMap<>();
        notifications.findNotices(escalation.escalationId(), Channel.INBOX)
                .forEach(n -> newestPerUser.put(n.recipient, n));
        for (Notification told : newestPerUser.values()) {
            if (!notifications.hasNotice(escalation.escalationId(), NotificationKind.WITHDRAWN, Channel.INBOX,
                    told.recipient)) {
                write(escalation, told.teamId, told.fallback, NotificationKind.WITHDRAWN, Channel.INBOX,
                        told.recipient, told.onBehalfOf, eventJson, withdrawal);
            }
        }
        Map<String, Notification> newestPerTeam = new LinkedHashMap<>();
        notifications.findNotices(escalation.escalationId(), Channel.WEBHOOK)
                .forEach(n -> newestPerTeam.put(n.teamId, n));
        for (Notification told : newestPerTeam.values()) {
            String url = directory.findTeam(told.teamId).map(team -> team.contactWebhookUrl).orElse(null);
            if (url != null && !notifications.hasNotice(escalation.escalationId(), NotificationKind.WITHDRAWN,
                    Channel.WEBHOOK, url)) {
                write(escalation, told.teamId, told.fallback, NotificationKind.WITHDRAWN, Channel.WEBHOOK, url, null,
                        eventJson, withdrawal);
            }
        }
    }

    private NotifiedTeam notifiedTeam(ReplicaTeam team, String category, Instant at) {
        return new NotifiedTeam(team, directory.leadsOf(team.id), directory.delegatesOf(team.id, category, at));
    }

    private void write(EscalationNotice escalation, ReplicaTeam team, boolean fallback, NotificationKind kind,
            Channel channel, String recipient, String onBehalfOf, String eventJson) {
        write(escalation, team.id, fallback, kind, channel, recipient, onBehalfOf, eventJson, null);
    }

    private void write(EscalationNotice escalation, String teamId, boolean fallback, NotificationKind kind,
            Channel channel, String recipient, String onBehalfOf, String eventJson, WithdrawalNotice withdrawal) {
        Instant now = Instant.now();
        Notification notification = new Notification();
        notification.id = TimeOrderedIds.next();
        notification.escalationId = escalation.escalationId();
        notification.decisionId = escalation.decisionId();
        notification.kind = kind;
        notification.channel = channel;
        notification.recipient = recipient;
        notification.onBehalfOf = onBehalfOf;
        notification.inboxKey = inboxKey(escalation, kind, channel, recipient);
        notification.teamId = teamId;
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
        if (withdrawal != null) {
            notification.withdrawalReason = withdrawal.reason();
            notification.supersededBy = withdrawal.supersededBy();
        }
        notifications.persist(notification);
    }

    /** Unique: an inbox hears of each level of an escalation once, and of its withdrawal once. */
    private static String inboxKey(EscalationNotice escalation, NotificationKind kind, Channel channel,
            String recipient) {
        if (channel != Channel.INBOX) {
            return null;
        }
        return switch (kind) {
            case ESCALATED -> escalation.escalationId() + "/" + escalation.level() + "/" + recipient;
            case WITHDRAWN -> escalation.escalationId() + "/withdrawn/" + recipient;
            case REMINDER -> null;
        };
    }
}
