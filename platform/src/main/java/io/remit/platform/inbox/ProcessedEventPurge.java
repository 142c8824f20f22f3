package io.remit.platform.inbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * Forgets processed event ids once their events can no longer come back. An id only guards against a redelivery,
 * and nothing is redelivered after it left its topic: keep them longer than the longest topic retention.
 */
@ApplicationScoped
public class ProcessedEventPurge {

    @ConfigMapping(prefix = "remit.inbox")
    public interface Config {
        /** How long a processed event id is kept; longer than the retention of every topic this service reads. */
        @WithDefault("P30D")
        Duration retention();
    }

    private final EntityManager entityManager;
    private final Config config;

    ProcessedEventPurge(EntityManager entityManager, Config config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    @Scheduled(identity = "processed-event-purge", every = "1h", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        purgeProcessedBefore(Instant.now().minus(config.retention()));
    }

    /** Deletes the ids of events processed before the cutoff; returns how many. */
    @Transactional
    public int purgeProcessedBefore(Instant cutoff) {
        return entityManager.createQuery("delete from ProcessedEvent e where e.processedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
