package io.remit.notification.escalation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How a delegation that starts while escalations are open reaches its delegate's inbox. A snapshot that brings an
 * active delegation does so at once; a scheduled one starts with no event, so a sweep looks for it.
 */
@ConfigMapping(prefix = "remit.delegation")
public interface DelegateCatchUpConfig {

    /**
     * How often the sweep looks for delegations in force whose delegate has not yet been shown an open escalation
     * they cover; a scheduled delegation's delegate sees them within this interval of its validFrom. At least one
     * second, the finest the Quarkus scheduler runs. Read by the {@code @Scheduled} expression of the sweep.
     */
    @WithDefault("30s")
    Duration catchUpInterval();

    /** Most escalations one sweep handles; the rest wait for the next round. */
    @WithDefault("200")
    int catchUpBatchSize();
}
