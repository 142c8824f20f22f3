package io.remit.decision.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "remit.ledger")
public interface LedgerConfig {

    /**
     * How many places of a team's log a verification reads at a time. Memory holds one range of entries (a decision's
     * rationale may be 10,000 characters), whatever the length of the log.
     */
    @WithDefault("500")
    int verifyRange();
}
