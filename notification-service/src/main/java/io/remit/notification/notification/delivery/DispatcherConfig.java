package io.remit.notification.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the dispatcher picks up and claims email and webhook notifications that are due. */
@ConfigMapping(prefix = "remit.delivery")
public interface DispatcherConfig {

    /**
     * How often due notifications are looked for (new ones, and retries another instance scheduled); at least one
     * second, the finest the Quarkus scheduler runs. Read by the {@code @Scheduled} expression of the dispatcher.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /** Most notifications read in one look; the dispatcher keeps reading while a look comes back full. */
    @WithDefault("20")
    int batchSize();

    /**
     * How long an instance holds a notification it is delivering, so no other replica sends it at the same time.
     * Must comfortably exceed the webhook and email timeouts; a claim left by a crashed instance expires after it.
     */
    @WithDefault("60s")
    Duration claimDuration();

    /** How long one email may take to be accepted by the SMTP server before it counts as failed and is retried. */
    @WithDefault("30s")
    Duration emailTimeout();
}
