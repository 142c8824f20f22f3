package io.remit.decision.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Rule 6: a decision is logged close to when it happened. Clocks of callers drift a little, hence the
 * skew; back-dating is limited so the log cannot be rewritten into the distant past.
 */
public final class DecidedAtPolicy {

    private DecidedAtPolicy() {
    }

    /** Both limits are inclusive: exactly now + skew and exactly now - window are still accepted. */
    public static void check(Instant decidedAt, Instant now, Duration allowedSkew, Duration window) {
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(now, "now");
        if (allowedSkew.isNegative() || window.isNegative()) {
            throw new IllegalArgumentException("skew and window must not be negative");
        }
        if (decidedAt.isAfter(now.plus(allowedSkew))) {
            throw new DecidedAtOutOfRangeException(
                    "decidedAt lies in the future (beyond the allowed clock skew of " + describe(allowedSkew) + ")");
        }
        if (decidedAt.isBefore(now.minus(window))) {
            throw new DecidedAtOutOfRangeException(
                    "decidedAt lies further back than the allowed window of " + describe(window));
        }
    }

    static String describe(Duration duration) {
        long seconds = duration.getSeconds();
        if (duration.getNano() != 0 || seconds == 0) {
            return duration.toString();
        }
        if (seconds % 86_400 == 0) {
            return plural(seconds / 86_400, "day");
        }
        if (seconds % 3_600 == 0) {
            return plural(seconds / 3_600, "hour");
        }
        if (seconds % 60 == 0) {
            return plural(seconds / 60, "minute");
        }
        return plural(seconds, "second");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
