package io.remit.notification.notification.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How often and how late a failed delivery is tried again: exponential backoff, capped, with jitter. After try
 * {@code n} failed, the next one waits {@code min(maxBackoff, initialBackoff * 2^(n-1))} times a random factor between
 * {@code 1 - jitter} and {@code 1 + jitter}.
 */
public final class RetryPolicy {

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final double jitter;
    private final DoubleSupplier random;

    /**
     * @param random a source of numbers in [0, 1)
     */
    public RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter,
            DoubleSupplier random) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max-attempts must be at least 1, not " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoffs must satisfy 0 <= initial-backoff <= max-backoff");
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must lie between 0 and 1, not " + jitter);
        }
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.jitter = jitter;
        this.random = random;
    }

    public static RetryPolicy of(DeliveryConfig config) {
        return new RetryPolicy(config.maxAttempts(), config.initialBackoff(), config.maxBackoff(), config.jitter(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** Whether another try may follow the given number of tries made so far. */
    public boolean mayRetryAfter(int attemptsMade) {
        return attemptsMade < maxAttempts;
    }

    /** The wait after try number {@code attempt} (1 for the first) failed, before jitter. */
    public Duration nominalBackoff(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts are numbered from 1");
        }
        // Past 2^62 nanoseconds any sane cap is reached; stop doubling before the arithmetic overflows.
        long factor = 1L << Math.min(attempt - 1, 62);
        long initialNanos = initialBackoff.toNanos();
        long maxNanos = maxBackoff.toNanos();
        if (initialNanos != 0 && factor > maxNanos / initialNanos) {
            return maxBackoff;
        }
        return Duration.ofNanos(Math.min(maxNanos, initialNanos * factor));
    }

    /** The jittered wait after try number {@code attempt} failed. */
    public Duration backoff(int attempt) {
        double factor = 1 - jitter + 2 * jitter * random.getAsDouble();
        return Duration.ofNanos(Math.round(nominalBackoff(attempt).toNanos() * factor));
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
