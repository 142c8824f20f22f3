package io.remit.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.remit.notification.notification.delivery.DeliveryOutcome;
import io.remit.notification.notification.delivery.DeliveryResult;
import io.remit.notification.notification.delivery.RetryPolicy;
import io.remit.notification.notification.domain.AttemptOutcome;
import io.remit.notification.notification.domain.NotificationStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryOutcomeTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofMinutes(5), 0.5, () -> 0.5);

    @Test
    void shouldMarkDelivered() {
        DeliveryOutcome outcome = DeliveryOutcome.of(DeliveryResult.delivered(NOW, 12, 200), 2, policy, NOW);

        assertThat(outcome).isEqualTo(new DeliveryOutcome(AttemptOutcome.DELIVERED, NotificationStatus.DELIVERED, null,
                NOW, null));
    }

    @Test
    void shouldRetryATransientFailureWhileTriesAreLeft() {
        DeliveryResult failure = DeliveryResult.transientFailure(NOW, 5, 503, "HTTP 503");

        assertThat(DeliveryOutcome.of(failure, 1, policy, NOW)).isEqualTo(new DeliveryOutcome(AttemptOutcome.RETRY,
                NotificationStatus.PENDING, NOW.plusSeconds(1), null, "HTTP 503"));
        assertThat(DeliveryOutcome.of(failure, 2, policy, NOW).nextAttemptAt()).isEqualTo(NOW.plusSeconds(2));
    }

    @Test
    void shouldFailTheLastTry() {
        DeliveryOutcome outcome = DeliveryOutcome.of(DeliveryResult.transientFailure(NOW, 5, 500, "HTTP 500"), 3,
                policy, NOW);

        assertThat(outcome).isEqualTo(new DeliveryOutcome(AttemptOutcome.FAILED, NotificationStatus.FAILED, null,
                null, "HTTP 500 (attempt 3 of 3, none left)"));
    }

    @Test
    void shouldFailAPermanentFailureAtOnce() {
        DeliveryOutcome outcome = DeliveryOutcome.of(DeliveryResult.permanentFailure(NOW, 5, 404, "HTTP 404"), 1,
                policy, NOW);

        assertThat(outcome).isEqualTo(new DeliveryOutcome(AttemptOutcome.FAILED, NotificationStatus.FAILED, null,
                null, "HTTP 404"));
    }
}
