package io.remit.decision.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "remit.decisions")
public interface RulesConfig {

    /** How far back decidedAt may lie (evaluation rule 6). */
    @WithDefault("P7D")
    Duration pastWindow();

    /** Clock difference tolerated between callers and this service, for decidedAt and validFrom. */
    @WithDefault("PT2M")
    Duration clockSkew();

    /** How long a successful POST /decisions is kept for replay under its Idempotency-Key. */
    @WithDefault("PT24H")
    Duration idempotencyRetention();
}
