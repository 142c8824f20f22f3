package io.remit.notification.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, String> {

    /** Newest first; null filters match anything. */
    public List<Notification> findPage(Channel channel, String recipient, NotificationStatus status,
            String escalationId, String before, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (channel != null) {
            query.append(" and channel = :channel");
            parameters.and("channel", channel);
        }
        if (recipient != null) {
            query.append(" and recipient = :recipient");
            parameters.and("recipient", recipient);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (escalationId != null) {
            query.append(" and escalationId = :escalation");
            parameters.and("escalation", escalationId);
        }
        if (before != null) {
            query.append(" and id < :before");
            parameters.and("before", before);
        }
        return find(query + " order by id desc", parameters).page(0, limit).list();
    }

    /** The event quoted by the newest notification about an escalation, if anyone was notified of it yet. */
    public Optional<String> findLatestPayload(String escalationId) {
        return getEntityManager()
                .createQuery("select n.payload from Notification n where n.escalationId = :id order by n.id desc",
                        String.class)
                .setParameter("id", escalationId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Whether a user already has an ESCALATED inbox notification about this level of an escalation. */
    public boolean hasEscalationNotice(String escalationId, int level, String userId) {
        return count("escalationId = ?1 and level = ?2 and recipient = ?3 and channel = ?4 and kind = ?5",
                escalationId, level, userId, Channel.INBOX, NotificationKind.ESCALATED) > 0;
    }

    /** The escalation and reminder notices about an escalation, of one channel, oldest first. */
    public List<Notification> findNotices(String escalationId, Channel channel) {
        return list("escalationId = ?1 and channel = ?2 and kind in ?3 order by id", escalationId, channel,
                List.of(NotificationKind.ESCALATED, NotificationKind.REMINDER));
    }

    /** Whether a recipient was sent a notification of this kind about an escalation over a channel. */
    public boolean hasNotice(String escalationId, NotificationKind kind, Channel channel, String recipient) {
        return count("escalationId = ?1 and kind = ?2 and channel = ?3 and recipient = ?4", escalationId, kind,
                channel, recipient) > 0;
    }

    public List<DeliveryAttempt> findAttempts(String notificationId) {
        return getEntityManager()
                .createQuery("from DeliveryAttempt a where a.notificationId = :id order by a.attempt",
                        DeliveryAttempt.class)
                .setParameter("id", notificationId)
                .getResultList();
    }
}
