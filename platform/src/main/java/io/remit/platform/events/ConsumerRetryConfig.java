package io.remit.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a consumer waits out a transient failure (see {@link ConsumerRetry}); it never gives up. */
@ConfigMapping(prefix = "remit.consumer.retry")
public interface ConsumerRetryConfig {

    /** The wait before the second try; each later wait doubles, up to {@link #maxDelay()}. */
    @WithDefault("200ms")
    Duration initialDelay();

    /** The longest wait between two tries, so a consumer resumes within this long of the database's return. */
    @WithDefault("10s")
    Duration maxDelay();
}
