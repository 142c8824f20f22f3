package io.remit.notification.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the dispatcher delivers email and webhook notifications: how it picks up and claims the due ones, and how a
 * failed delivery of either channel is retried (an email failure like a webhook's 5xx, with the same limits).
 */
@ConfigMapping(prefix = "remit.delivery")
public interface DeliveryConfig {

    /**
     * How often due notifications are looked for (new ones, and retries another instance scheduled); at least one
     * second, the finest the Quarkus scheduler runs. Read by the {@code @Scheduled} expression of the dispatcher.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /** Most notifications read in one look; the dispatcher keeps reading while a look comes back full. */
    @WithDefault("20")
    int batchSize();

    /** How many notifications this instance sends at once; a receiver that hangs until its timeout holds one. */
    @WithDefault("8")
    int concurrency();

    /**
     * How long an instance holds a notification it is delivering, so no other replica sends it at the same time.
     * Must comfortably exceed the webhook and email timeouts; a claim left by a crashed instance expires after it.
     */
    @WithDefault("60s")
    Duration claimDuration();

    /** How long one email may take to be accepted by the SMTP server before it counts as failed and is retried. */
    @WithDefault("30s")
    Duration emailTimeout();

    /**
     * Tries per notification, the first one included; a delivery still failing after that many is FAILED. Twelve
     * span about 18 minutes, so a receiver that restarts or is briefly down loses nothing.
     */
    @WithDefault("12")
    int maxAttempts();

    /** The wait after the first failed try; it doubles after each further one. */
    @WithDefault("1s")
    Duration initialBackoff();

    /** The longest wait between two tries, before jitter. */
    @WithDefault("5m")
    Duration maxBackoff();

    /**
     * How far each wait is randomly spread around its nominal value, so receivers that failed together are not
     * retried together: the wait is multiplied by a random factor between {@code 1 - jitter} and {@code 1 + jitter}
     * (0 to 1; 0.5 gives 0.5 to 1.5).
     */
    @WithDefault("0.5")
    double jitter();
}
