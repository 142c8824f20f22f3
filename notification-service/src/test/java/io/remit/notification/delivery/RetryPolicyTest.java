package io.remit.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remit.notification.notification.delivery.RetryPolicy;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void shouldDoubleTheNominalWaitUpToTheCap() {
        RetryPolicy policy = new RetryPolicy(20, SECOND, FIVE_MINUTES, 0.5, () -> 0.5);

        assertThat(policy.nominalBackoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.nominalBackoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.nominalBackoff(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.nominalBackoff(9)).isEqualTo(Duration.ofSeconds(256));
        assertThat(policy.nominalBackoff(10)).isEqualTo(FIVE_MINUTES);
        assertThat(policy.nominalBackoff(64)).isEqualTo(FIVE_MINUTES);
        assertThat(policy.nominalBackoff(Integer.MAX_VALUE)).isEqualTo(FIVE_MINUTES);
    }

    @Test
    void shouldSpreadTheWaitBetweenHalfAndOneAndAHalfTimesNominal() {
        assertThat(new RetryPolicy(6, SECOND, FIVE_MINUTES, 0.5, () -> 0.0).backoff(3))
                .isEqualTo(Duration.ofSeconds(2));
        assertThat(new RetryPolicy(6, SECOND, FIVE_MINUTES, 0.5, () -> 0.5).backoff(3))
                .isEqualTo(Duration.ofSeconds(4));
        assertThat(new RetryPolicy(6, SECOND, FIVE_MINUTES, 0.5, () -> Math.nextDown(1.0)).backoff(3))
                .isBetween(Duration.ofMillis(5999), Duration.ofSeconds(6));
        // The cap applies before jitter: the longest wait is 1.5 times max-backoff.
        assertThat(new RetryPolicy(20, SECOND, FIVE_MINUTES, 0.5, () -> Math.nextDown(1.0)).backoff(15))
                .isBetween(Duration.ofSeconds(449), Duration.ofSeconds(450));
    }

    @Test
    void shouldKeepRandomWaitsWithinTheBoundsAndUseAllOfThem() {
        Random random = new Random(42);
        RetryPolicy policy = new RetryPolicy(6, SECOND, FIVE_MINUTES, 0.5, random::nextDouble);
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < 10_000; i++) {
            long millis = policy.backoff(2).toMillis();
            min = Math.min(min, millis);
            max = Math.max(max, millis);
        }
        assertThat(min).isBetween(1000L, 1010L);
        assertThat(max).isBetween(2990L, 3000L);
    }

    @Test
    void shouldUseNoJitterWhenSetToZero() {
        RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(100), SECOND, 0.0, new Random()::nextDouble);

        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofMillis(800));
        assertThat(policy.backoff(5)).isEqualTo(SECOND);
    }

    @Test
    void shouldAllowMaxAttemptsTriesInAll() {
        RetryPolicy policy = new RetryPolicy(3, SECOND, FIVE_MINUTES, 0.5, () -> 0.5);

        assertThat(policy.mayRetryAfter(1)).isTrue();
        assertThat(policy.mayRetryAfter(2)).isTrue();
        assertThat(policy.mayRetryAfter(3)).isFalse();
        assertThat(new RetryPolicy(1, SECOND, SECOND, 0, () -> 0).mayRetryAfter(1)).isFalse();
    }

    @Test
    void shouldRefuseNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, SECOND, SECOND, 0.5, () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, FIVE_MINUTES, SECOND, 0.5, () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, SECOND, SECOND, 1.5, () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, SECOND, SECOND, 0.5, () -> 0).nominalBackoff(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
