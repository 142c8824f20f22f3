package io.remit.notification.notification.delivery;

import io.remit.notification.notification.domain.AttemptOutcome;
import io.remit.notification.notification.domain.NotificationStatus;
import java.time.Instant;

/**
 * What one try means for its notification: delivered; tried again later (a failure that may pass, with tries left);
 * or failed for good (a failure that will not pass, or the last try).
 *
 * @param attemptOutcome the attempt's outcome
 * @param nextAttemptAt when to try again, for a retry only
 * @param error the attempt's error, or null
 */
public record DeliveryOutcome(AttemptOutcome attemptOutcome, NotificationStatus status, Instant nextAttemptAt,
        Instant deliveredAt, String error) {

    /** The outcome of try number {@code attempt} (from 1), decided at {@code now}. */
    public static DeliveryOutcome of(DeliveryResult result, int attempt, RetryPolicy policy, Instant now) {
        return switch (result.kind()) {
            case DELIVERED -> new DeliveryOutcome(AttemptOutcome.DELIVERED, NotificationStatus.DELIVERED, null, now,
                    null);
            case PERMANENT -> new DeliveryOutcome(AttemptOutcome.FAILED, NotificationStatus.FAILED, null, null,
                    result.error());
            case TRANSIENT -> policy.mayRetryAfter(attempt)
                    ? new DeliveryOutcome(AttemptOutcome.RETRY, NotificationStatus.PENDING,
                            now.plus(policy.backoff(attempt)), null, result.error())
                    : new DeliveryOutcome(AttemptOutcome.FAILED, NotificationStatus.FAILED, null, null,
                            result.error() + " (attempt " + attempt + " of " + policy.maxAttempts()
                                    + ", none left)");
        };
    }
}
