package io.remit.notification.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.remit.notification.notification.domain.AttemptOutcome;
import io.remit.notification.notification.domain.Channel;
import io.remit.notification.notification.domain.Notification;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Delivers email and webhook notifications that are due. Every replica may run it: each notification is claimed for a
 * while before it is sent, so two replicas never send it at the same time. The send happens outside any transaction;
 * the attempt and its consequence (delivered, retried later with backoff, or failed) are written afterwards in a short
 * one, which also releases the claim.
 *
 * <p>Due notifications are polled for every {@code remit.delivery.poll-interval} (Quarkus' scheduler does not go below
 * one second). A retry this instance scheduled is also woken up at its own time, so backoffs shorter than the poll
 * interval are kept; the poll remains the safety net (after a restart, or for another replica's retries).
 */
@ApplicationScoped
@Startup // so wrong delivery settings (a blank secret, max-backoff below initial-backoff, ...) stop the start
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    private final DeliveryConfig config;
    private final DeliveryStore store;
    private final WebhookSender webhooks;
    private final EmailSender emails;
    private final RetryPolicy retries;
    private final MeterRegistry meters;

    /** Set on shutdown: no new delivery starts; one in flight keeps its claim until it expires. */
    private volatile boolean stopping;
    /** Wakes up this instance's own retries at their time. */
    private ScheduledExecutorService retryWakeUps;
    /** Sends a batch's notifications side by side, so one slow or silent receiver does not hold up the others. */
    private ExecutorService senders;

    DeliveryDispatcher(DeliveryConfig config, DeliveryStore store, WebhookSender webhooks, EmailSender emails,
            MeterRegistry meters) {
        this.config = config;
        this.store = store;
        this.webhooks = webhooks;
        this.emails = emails;
        this.retries = RetryPolicy.of(config);
        this.meters = meters;
    }

    @PostConstruct
    void startWakeUps() {
        retryWakeUps = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "notification-delivery-retry"));
        senders = Executors.newFixedThreadPool(config.concurrency(), task -> daemon(task, "notification-delivery"));
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        stopWakeUps();
    }

    @PreDestroy
    void stopWakeUps() {
        if (retryWakeUps != null) {
            retryWakeUps.shutdownNow();
        }
        if (senders != null) {
            senders.shutdownNow();
        }
    }

    @Scheduled(identity = "notification-delivery", every = "${remit.delivery.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDue() {
        List<String> due;
        do {
            if (stopping) {
                return;
            }
            due = store.findDue(Instant.now(), config.batchSize());
            if (!deliverAll(due)) {
                return;
            }
        } while (due.size() == config.batchSize());
    }

    /** Delivers a batch on the senders, waiting for all of it; false when interrupted (shutting down). */
    private boolean deliverAll(List<String> due) {
        List<Callable<Void>> sends = due.stream().<Callable<Void>>map(id -> () -> {
            if (!stopping) {
                deliver(id);
            }
            return null;
        }).toList();
        try {
            for (Future<Void> sent : senders.invokeAll(sends)) {
                try {
                    sent.get();
                } catch (ExecutionException e) {
                    LOG.warnf(e.getCause(), "A delivery failed before its attempt was recorded; the next poll takes "
                            + "it up once its claim expires");
                }
            }
            return true;
        } catch (InterruptedException | RejectedExecutionException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Claims, sends and records one notification; does nothing if it is not (or no longer) due or claimed
     * elsewhere.
     */
    void deliver(String notificationId) {
        Instant now = Instant.now();
        // Microseconds: the database keeps no more, and the claim's time is compared when the attempt is recorded.
        Instant until = now.plus(config.claimDuration()).truncatedTo(ChronoUnit.MICROS);
        DeliveryStore.Claim claim = store.claim(notificationId, now, until).orElse(null);
        if (claim == null) {
            return;
        }
        DeliveryResult result = send(claim);
        DeliveryOutcome outcome = DeliveryOutcome.of(result, claim.attempt(), retries, Instant.now());
        if (!store.record(claim, result, outcome)) {
            LOG.warnf("Notification %s: the claim expired during attempt %d (%s); another instance owns it now",
                    notificationId, claim.attempt(), outcome.attemptOutcome());
            return;
        }
        Notification n = claim.notification();
        String to = redacted(n);
        meters.counter("remit.delivery.attempts", "channel", n.channel.name(), "outcome",
                outcome.attemptOutcome().name()).increment();
        if (outcome.attemptOutcome() == AttemptOutcome.FAILED) {
            LOG.warnf("%s notification %s to %s failed for good after %d attempt(s): %s", n.channel, n.id, to,
                    claim.attempt(), outcome.error());
        } else if (outcome.attemptOutcome() == AttemptOutcome.RETRY) {
            LOG.infof("%s notification %s to %s: attempt %d failed (%s), next at %s", n.channel, n.id, to,
                    claim.attempt(), outcome.error(), outcome.nextAttemptAt());
            wakeUpAt(notificationId, outcome.nextAttemptAt());
        } else {
            LOG.debugf("%s notification %s delivered to %s at attempt %d", n.channel, n.id, to, claim.attempt());
        }
    }

    /** Tries the notification again at its time; harmless if the poll (or another replica) got to it first. */
    private void wakeUpAt(String notificationId, Instant at) {
        long delay = Math.max(0, Duration.between(Instant.now(), at).toMillis() + 1);
        try {
            retryWakeUps.schedule(() -> {
                if (!stopping) {
                    try {
                        deliver(notificationId);
                    } catch (RuntimeException e) {
                        LOG.warnf(e, "Retry of notification %s failed; the next poll takes it up", notificationId);
                    }
                }
            }, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Shutting down: the poll of this or another instance takes it up.
        }
    }

    /** Webhook URLs often carry a secret in their path or query: logs show only where they point. */
    static String redacted(Notification notification) {
        if (notification.channel != Channel.WEBHOOK) {
            return notification.recipient;
        }
        try {
            URI uri = new URI(notification.recipient);
            return uri.getScheme() + "://" + (uri.getHost() == null ? "?" : uri.getHost())
                    + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + "/...";
        } catch (URISyntaxException | RuntimeException e) {
            return "(an invalid URL)";
        }
    }

    private DeliveryResult send(DeliveryStore.Claim claim) {
        Notification notification = claim.notification();
        try {
            return notification.channel == Channel.WEBHOOK
                    ? webhooks.send(notification)
                    : emails.send(notification, claim.names());
        } catch (RuntimeException e) {
            // A bug rather than a delivery failure; still recorded, so the claim is released and the try counted.
            LOG.errorf(e, "Unexpected failure delivering notification %s", notification.id);
            return DeliveryResult.transientFailure(Instant.now(), 0, null, DeliveryResult.describe(e));
        }
    }
}
