package io.remit.decision.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "remit.ledger")
public interface LedgerConfig {

    /**
     * How many places of a team's log a verification reads at a time. Memory holds one range of entries, whatever the
     * length of the log: with the longest rationales (10,000 characters) about 5 MB, read and decoded.
     */
    @WithDefault("100")
    int verifyRange();
}
