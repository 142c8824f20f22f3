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

    /**
     * The longest log the console's log page verifies each time its first page is shown. Verifying reads every entry,
     * so a longer log is verified only when the viewer asks for it (the page's "Verify the whole chain").
     */
    @WithDefault("5000")
    long consoleVerifyUpTo();
}
