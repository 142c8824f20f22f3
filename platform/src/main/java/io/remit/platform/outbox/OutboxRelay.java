package io.remit.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Publishes pending outbox events in order, marks them published, and retries on the next round whatever the broker
 * did not acknowledge. Runs only on the instance that holds the relay lease.
 */
@ApplicationScoped
public class OutboxRelay {

    private final OutboxConfig config;
    private final RelayLease lease;
    private final TopicProvisioner topics;
    private final OutboxStore store;
    private final OutboxPublisher publisher;

    OutboxRelay(OutboxConfig config, RelayLease lease, TopicProvisioner topics, OutboxStore store,
            OutboxPublisher publisher) {
        this.config = config;
        this.lease = lease;
        this.topics = topics;
        this.store = store;
        this.publisher = publisher;
    }

    /** Set on shutdown: the relay stops before the database pool closes, and hands its lease back. */
    private volatile boolean stopping;

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        synchronized (this) {
            lease.release();
        }
    }

    @Scheduled(identity = "outbox-relay", every = "${remit.outbox.poll-interval:0.2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void relayPending() {
        if (stopping || !config.relayEnabled() || !lease.acquire() || !topics.ensureProvisioned()) {
            return;
        }
        List<OutboxEvent> batch;
        do {
            batch = store.nextPending(config.batchSize());
            int published = publisher.publish(batch);
            store.markPublished(batch.subList(0, published));
            if (published < batch.size()) {
                return;
            }
        } while (batch.size() == config.batchSize());
    }

    @Scheduled(identity = "outbox-purge", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() {
        if (stopping) {
            return;
        }
        store.deletePublishedBefore(Instant.now().minus(config.retention()));
    }

    /** Events written but not yet acknowledged by the broker. */
    public long pendingCount() {
        return store.countPending();
    }
}
