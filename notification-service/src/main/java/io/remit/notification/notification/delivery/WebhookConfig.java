package io.remit.notification.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** How webhook calls are signed, timed and checked; how often they are retried is {@link DeliveryConfig}'s. */
@ConfigMapping(prefix = "remit.webhook")
public interface WebhookConfig {

    /**
     * The HMAC-SHA256 secrets webhook calls are signed with, comma-separated. One normally; two while rotating, and
     * each call then carries one signature per secret, so receivers may switch at their own pace. No default: every
     * environment supplies its own ({@code REMIT_WEBHOOK_SECRETS} in production).
     */
    List<String> secrets();

    /** How long one webhook call may take, connecting included, before it counts as a timeout and is retried. */
    @WithDefault("5s")
    Duration timeout();

    /**
     * Whether webhook URLs may point at this machine, a private network or any other address that is not globally
     * reachable ({@link NonPublicAddresses}: loopback, private, link-local, which includes cloud metadata endpoints,
     * and the other special-purpose ranges). Off in production, where such a URL is refused without a call; on for
     * the local run and the tests.
     */
    @WithDefault("false")
    boolean allowLoopback();
}
