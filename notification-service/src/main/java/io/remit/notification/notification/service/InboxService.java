package io.remit.notification.notification.service;

import io.remit.notification.notification.domain.Channel;
import io.remit.notification.notification.domain.Notification;
import io.remit.notification.notification.domain.NotificationRepository;
import io.remit.notification.notification.domain.NotificationStatus;
import io.remit.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Each user reads their own notifications; governance and auditors read everyone's, every channel. Only its recipient
 * marks a notification read, and never an auditor, whose role changes nothing.
 */
@ApplicationScoped
@Transactional
public class InboxService {

    private final NotificationRepository notifications;

    InboxService(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /**
     * Who asks.
     *
     * @param readsAll governance or auditor: sees every notification
     * @param auditor  holds the auditor role, which changes nothing
     */
    public record Reader(String userId, boolean readsAll, boolean auditor) {
    }

    public List<Notification> list(Reader reader, String recipient, NotificationStatus status, String escalationId,
            String before, int limit) {
        if (reader.readsAll()) {
            return notifications.findPage(null, recipient, status, escalationId, before, limit);
        }
        if (recipient != null && !recipient.equals(reader.userId())) {
            throw new ProblemException(403, "not-your-notifications", "Not allowed",
                    "Only governance and auditors read other people's notifications");
        }
        return notifications.findPage(Channel.INBOX, reader.userId(), status, escalationId, before, limit);
    }

    /** Marks one of the reader's own inbox notifications as read; reading it again changes nothing. */
    public Notification markRead(Reader reader, String id) {
        Notification notification = notifications.findByIdOptional(id)
                .filter(n -> n.channel == Channel.INBOX)
                .filter(n -> reader.readsAll() || n.recipient.equals(reader.userId()))
                .orElseThrow(() -> new ProblemException(404, "notification-not-found", "Notification not found",
                        "No inbox notification '" + id + "' for you"));
        if (reader.auditor()) {
            throw new ProblemException(403, "auditor-reads-only", "Not allowed",
                    "The auditor role reads and changes nothing, not even a notification's read mark");
        }
        if (!notification.recipient.equals(reader.userId())) {
            throw new ProblemException(403, "not-your-notification", "Not allowed",
                    "Only its recipient marks a notification as read");
        }
        if (notification.status == NotificationStatus.UNREAD) {
            notification.status = NotificationStatus.READ;
            notification.readAt = Instant.now();
        }
        return notification;
    }
}
