package io.remit.decision.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Now is 2025-06-08T12:00:00Z, the clock skew 5 seconds, the window 7 days. */
class DecidedAtPolicyTest {

    private static final Instant NOW = Instant.parse("2025-06-08T12:00:00Z");
    private static final Duration SKEW = Duration.ofSeconds(5);
    private static final Duration WINDOW = Duration.ofDays(7);

    @ParameterizedTest(name = "decidedAt {0} is accepted")
    @CsvSource({
            "2025-06-08T12:00:00Z",
            "2025-06-08T12:00:05Z",
            "2025-06-01T12:00:00Z",
            "2025-06-05T08:30:00Z"})
    void shouldAcceptDecidedAtFromTheWindowStartUpToTheClockSkew(Instant decidedAt) {
        assertThatCode(() -> DecidedAtPolicy.check(decidedAt, NOW, SKEW, WINDOW)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "decidedAt {0} is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-06-08T12:00:05.001Z | decidedAt lies in the future (beyond the allowed clock skew of 5 seconds)
            2025-07-01T00:00:00Z     | decidedAt lies in the future (beyond the allowed clock skew of 5 seconds)
            2025-06-01T11:59:59Z     | decidedAt lies further back than the allowed window of 7 days
            2024-01-01T00:00:00Z     | decidedAt lies further back than the allowed window of 7 days
            """)
    void shouldRefuseDecidedAtInTheFutureOrBeforeTheWindow(Instant decidedAt, String detail) {
        assertThatExceptionOfType(DecidedAtOutOfRangeException.class)
                .isThrownBy(() -> DecidedAtPolicy.check(decidedAt, NOW, SKEW, WINDOW))
                .satisfies(e -> assertThat(e.detail()).isEqualTo(detail));
    }

    @ParameterizedTest(name = "{0} reads as \"{1}\"")
    @CsvSource({"PT168H, 7 days", "P1D, 1 day", "PT36H, 36 hours", "PT90M, 90 minutes", "PT1S, 1 second",
            "PT0.5S, PT0.5S", "PT0S, PT0S"})
    void shouldNameTheWindowInWords(Duration duration, String words) {
        assertThat(DecidedAtPolicy.describe(duration)).isEqualTo(words);
    }

    @Test
    void shouldRefuseANegativeSkewOrWindow() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DecidedAtPolicy.check(NOW, NOW, Duration.ofSeconds(-1), WINDOW));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DecidedAtPolicy.check(NOW, NOW, SKEW, Duration.ofDays(-1)));
    }
}
