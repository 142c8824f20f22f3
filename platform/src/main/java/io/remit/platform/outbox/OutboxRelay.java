package io.remit.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Publishes pending outbox events in order, marks them published, and retries whatever the broker did not
 * acknowledge. It runs on a thread of its own that wakes up as soon as a transaction that wrote events commits, and
 * otherwise every poll interval (for events written by other instances, and for retries). Only the instance that
 * holds the relay lease publishes. A key whose event the broker refused for good is held back ({@link HeldKeys});
 * the other keys go on.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxConfig config;
    private final RelayLease lease;
    private final TopicProvisioner topics;
    private final OutboxStore store;
    private final OutboxPublisher publisher;
    private final HeldKeys heldKeys;
    private final Semaphore wakeUps = new Semaphore(0);
    private ExecutorService worker;
    private volatile boolean stopping;

    OutboxRelay(OutboxConfig config, RelayLease lease, TopicProvisioner topics, OutboxStore store,
            OutboxPublisher publisher, HeldKeys heldKeys) {
        this.config = config;
        this.lease = lease;
        this.topics = topics;
        this.store = store;
        this.publisher = publisher;
        this.heldKeys = heldKeys;
    }

    void start(@Observes StartupEvent event) {
        worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        worker.submit(this::relayUntilStopped);
    }

    /** Stops the relay before the database pool closes, and hands the lease back for another instance. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        wakeUp();
        if (worker != null) {
            worker.shutdown();
            worker.awaitTermination(config.sendTimeout().toSeconds() + 5, TimeUnit.SECONDS);
            lease.release();
        }
    }

    /** Asks the relay to look for new events now, instead of at its next poll. */
    public void wakeUp() {
        wakeUps.release();
    }

    private void relayUntilStopped() {
        while (!stopping) {
            try {
                wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                if (!stopping) {
                    relayPending();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay round failed, will retry: %s", e.getMessage());
            }
        }
    }

    /** One round: publishes what is pending, batch after batch, while this instance holds the lease. */
    void relayPending() {
        topics.provisionIfDue();
        List<OutboxEvent> batch;
        do {
            // Asked before every batch, not once per round: a drain can outlast the lease (a backlog after an outage,
            // a long pause), and an instance that took the lease over meanwhile must be the only one sending.
            if (!lease.acquire()) {
                return;
            }
            batch = store.nextPending(config.batchSize(), heldKeys.waiting());
            OutboxPublisher.Sent sent = publisher.publish(batch);
            store.markPublished(sent.acknowledged());
            heldKeys.published(sent.acknowledged());
            sent.refused().forEach(heldKeys::hold);
            if (sent.acknowledged().size() < batch.size()) {
                return; // an outage, or a key held back: the next round goes on from here
            }
        } while (batch.size() == config.batchSize() && !stopping);
    }

    @Scheduled(identity = "outbox-purge", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() {
        if (!stopping) {
            store.deletePublishedBefore(Instant.now().minus(config.retention()));
        }
    }

    /** Events written but not yet acknowledged by the broker. */
    public long pendingCount() {
        return store.countPending();
    }
}
