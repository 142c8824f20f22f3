package io.remit.platform.outbox;

import java.time.Duration;
import java.util.List;

/** The relay's configuration for tests that build the relay by hand, with short timeouts. */
record TestOutboxConfig(int batchSize, List<String> topics) implements OutboxConfig {

    @Override
    public Duration pollInterval() {
        return Duration.ofMillis(200);
    }

    @Override
    public Duration leaseDuration() {
        return Duration.ofSeconds(15);
    }

    @Override
    public Duration sendTimeout() {
        return Duration.ofSeconds(5);
    }

    @Override
    public Duration retention() {
        return Duration.ofDays(7);
    }

    @Override
    public Duration backlogAlarm() {
        return Duration.ofSeconds(60);
    }

    @Override
    public boolean provisionTopics() {
        return true;
    }

    @Override
    public Duration retryInterval() {
        return Duration.ofMinutes(1);
    }

    @Override
    public int partitions() {
        return 1;
    }
}
