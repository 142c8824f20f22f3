package io.remit.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "remit.outbox")
public interface OutboxConfig {

    /**
     * How often the relay looks for events when no commit here woke it up: events written by other instances, and
     * retries after a broker outage.
     */
    @WithDefault("200ms")
    Duration pollInterval();

    /** Most events read and published in one round. */
    @WithDefault("500")
    int batchSize();

    /** How long the relay lease lasts without renewal before another instance may take over. */
    @WithDefault("15s")
    Duration leaseDuration();

    /** How long one send may wait for the broker before the round gives up and retries later. */
    @WithDefault("5s")
    Duration sendTimeout();

    /** Published events older than this are deleted from the outbox. */
    @WithDefault("7d")
    Duration retention();

    /**
     * Topics this service publishes to, created on the broker if missing: {@code name}, or {@code name:compact}
     * for a compacted topic.
     */
    @WithDefault("")
    List<String> topics();

    /**
     * The outbox wellness check reports DOWN once an event has waited this long for the broker. Readiness never
     * depends on it: writes still succeed while the broker is away.
     */
    @WithDefault("60s")
    Duration backlogAlarm();

    /**
     * Whether the relay creates the topics it publishes to. Turn it off where an operator creates them and the
     * service may not (a cluster with ACLs); the relay publishes either way.
     */
    @WithDefault("true")
    boolean provisionTopics();

    /**
     * How long a key that the broker refused for good (an event too large, a topic not authorized) is held back,
     * and a topic that could not be created is left alone, before the relay tries again.
     */
    @WithDefault("1m")
    Duration retryInterval();

    /** Partitions of each topic this service creates. */
    @WithDefault("3")
    int partitions();
}
