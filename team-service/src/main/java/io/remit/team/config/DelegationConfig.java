package io.remit.team.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The limits of delegations (DESIGN, Authority over time, rule 1). */
@ConfigMapping(prefix = "remit.delegations")
public interface DelegationConfig {

    /** Longest period a delegation may cover, from validFrom to validUntil (ISO-8601; a longer one is a 422). */
    @WithDefault("P90D")
    Duration maxDuration();

    /**
     * How far validFrom may lie in the past, for callers whose clock runs a little behind this service's; such a
     * validFrom is recorded as now. Further back is a 422: the authority history downstream counts from the event, so
     * a delegation dated back would claim authority that no one could see at the time.
     */
    @WithDefault("PT60S")
    Duration clockSkew();
}
