package io.remit.notification.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/**
 * How webhook calls are signed and checked, and how every email or webhook delivery is retried (email failures are
 * retried like a webhook's 5xx, with the same limits).
 */
@ConfigMapping(prefix = "remit.webhook")
public interface DeliveryConfig {

    /**
     * The HMAC-SHA256 secrets webhook calls are signed with, comma-separated. One normally; two while rotating, and
     * each call then carries one signature per secret, so receivers may switch at their own pace. No default: every
     * environment supplies its own ({@code REMIT_WEBHOOK_SECRETS} in production).
     */
    List<String> secrets();

    /** How long one webhook call may take, connecting included, before it counts as a timeout and is retried. */
    @WithDefault("5s")
    Duration timeout();

    /** Tries per notification, the first one included; a delivery still failing after that many is FAILED. */
    @WithDefault("6")
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

    /**
     * Whether webhook URLs may point at this machine or a private network: loopback, link-local (which includes
     * cloud metadata endpoints), site-local / unique-local and any-local addresses. Off in production, where such a
     * URL is refused without a call; on for the local run and the tests.
     */
    @WithDefault("false")
    boolean allowLoopback();
}
