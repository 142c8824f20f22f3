package io.remit.notification.notification.delivery;

import io.remit.notification.notification.domain.Channel;
import io.remit.notification.notification.domain.DeliveryAttempt;
import io.remit.notification.notification.domain.Notification;
import io.remit.notification.notification.domain.NotificationStatus;
import io.remit.notification.team.service.TeamDirectory;
import io.remit.platform.ids.TimeOrderedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The dispatcher's reads and writes, each in a short transaction of its own, so no transaction (nor connection) is
 * held while a notification is being sent.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DeliveryStore {

    private static final List<Channel> DELIVERED_CHANNELS = List.of(Channel.EMAIL, Channel.WEBHOOK);
    private static final int MAX_ERROR_LENGTH = 2000;

    private final EntityManager entityManager;
    private final TeamDirectory directory;

    DeliveryStore(EntityManager entityManager, TeamDirectory directory) {
        this.entityManager = entityManager;
        this.directory = directory;
    }

    /**
     * A notification this instance holds until {@code claimedUntil}, detached from the database.
     *
     * @param claimedUntil the lease, also the token that proves the claim is still this instance's
     */
    public record Claim(Notification notification, Instant claimedUntil, EmailComposer.TeamNames names) {

        /** The number of the try about to be made, from 1. */
        public int attempt() {
            return notification.attempts + 1;
        }
    }

    /** Ids of email and webhook notifications due and not claimed, longest waiting first. */
    public List<String> findDue(Instant now, int limit) {
        return entityManager.createQuery("""
                        select n.id from Notification n
                        where n.status = :pending and n.nextAttemptAt <= :now
                          and (n.claimedUntil is null or n.claimedUntil <= :now) and n.channel in :channels
                        order by n.nextAttemptAt""", String.class)
                .setParameter("pending", NotificationStatus.PENDING)
                .setParameter("now", now)
                .setParameter("channels", DELIVERED_CHANNELS)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Claims a due notification until a time: for exactly one caller, however many replicas race for it. Empty when it
     * is no longer due or someone else holds it.
     */
    public Optional<Claim> claim(String id, Instant now, Instant until) {
        int claimed = entityManager.createQuery("""
                        update Notification n set n.claimedUntil = :until
                        where n.id = :id and n.status = :pending and n.nextAttemptAt <= :now
                          and (n.claimedUntil is null or n.claimedUntil <= :now) and n.channel in :channels""")
                .setParameter("until", until)
                .setParameter("id", id)
                .setParameter("pending", NotificationStatus.PENDING)
                .setParameter("now", now)
                .setParameter("channels", DELIVERED_CHANNELS)
                .executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        Notification notification = entityManager.find(Notification.class, id);
        entityManager.detach(notification);
        return Optional.of(new Claim(notification, until, new EmailComposer.TeamNames(
                teamName(notification.decidingTeamId), teamName(notification.teamId))));
    }

    /**
     * Records a try and its consequence, and releases the claim. False (and nothing written) when the claim was lost
     * meanwhile: it expired and another instance took the notification over.
     */
    public boolean record(Claim claim, DeliveryResult result, DeliveryOutcome outcome) {
        int updated = entityManager.createQuery("""
                        update Notification n set n.attempts = :attempt, n.status = :status,
                          n.nextAttemptAt = :next, n.deliveredAt = :deliveredAt, n.claimedUntil = null
                        where n.id = :id and n.claimedUntil = :claim and n.status = :pending""")
                .setParameter("attempt", claim.attempt())
                .setParameter("status", outcome.status())
                .setParameter("next", outcome.nextAttemptAt())
                .setParameter("deliveredAt", outcome.deliveredAt())
                .setParameter("id", claim.notification().id)
                .setParameter("claim", claim.claimedUntil())
                .setParameter("pending", NotificationStatus.PENDING)
                .executeUpdate();
        if (updated != 1) {
            return false;
        }
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.id = TimeOrderedIds.next();
        attempt.notificationId = claim.notification().id;
        attempt.attempt = claim.attempt();
        attempt.attemptedAt = result.attemptedAt();
        attempt.statusCode = result.statusCode();
        attempt.latencyMs = result.latencyMs();
        attempt.error = truncate(outcome.error());
        attempt.outcome = outcome.attemptOutcome();
        entityManager.persist(attempt);
        return true;
    }

    private String teamName(String teamId) {
        return directory.findTeam(teamId).map(team -> team.name).orElse(null);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
