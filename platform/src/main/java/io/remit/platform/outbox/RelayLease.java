package io.remit.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A lease in the database that lets one relay instance publish at a time, so that events of one key keep their
 * order even with several replicas of a service.
 */
@ApplicationScoped
class RelayLease {

    private static final Logger LOG = Logger.getLogger(RelayLease.class);

    private final String owner = UUID.randomUUID().toString();
    private final EntityManager entityManager;
    private final OutboxConfig config;
    /**
     * Until when, by this instance's clock, the lease is surely still ours without asking the database: half a lease
     * before the expiry it last wrote. Null while not held.
     */
    private volatile Instant surelyHeldUntil;

    RelayLease(EntityManager entityManager, OutboxConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /**
     * Takes or renews the lease; false while another live instance holds it. The relay asks before every batch,
     * which under load means after nearly every commit; the database is asked only once half the lease has passed,
     * so no other instance can have taken it over in between (it would need the lease to have expired).
     */
    boolean acquire() {
        Instant until = surelyHeldUntil;
        if (until != null && Instant.now().isBefore(until)) {
            return true;
        }
        return renew();
    }

    @Transactional
    boolean renew() {
        Instant now = Instant.now();
        int updated = entityManager.createQuery("""
                        update OutboxLease l set l.owner = :owner, l.expiresAt = :until
                        where l.name = :name and (l.owner = :owner or l.owner is null or l.expiresAt < :now)""")
                .setParameter("owner", owner)
                .setParameter("until", now.plus(config.leaseDuration()))
                .setParameter("name", OutboxLease.RELAY)
                .setParameter("now", now)
                .executeUpdate();
        surelyHeldUntil = updated == 1 ? now.plus(config.leaseDuration().dividedBy(2)) : null;
        return updated == 1;
    }

    /**
     * Hands the lease back on a clean shutdown, so another instance takes over without waiting for it to expire. At
     * JVM exit an embedded database may already be closed; the lease then simply expires.
     */
    void release() {
        surelyHeldUntil = null;
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery(
                            "update OutboxLease l set l.owner = null where l.name = :name and l.owner = :owner")
                    .setParameter("name", OutboxLease.RELAY)
                    .setParameter("owner", owner)
                    .executeUpdate());
        } catch (RuntimeException e) {
            LOG.infof("Relay lease not handed back (%s); it expires after %s", e.getMessage(),
                    config.leaseDuration());
        }
    }
}
