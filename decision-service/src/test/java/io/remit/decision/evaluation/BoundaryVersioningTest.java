package io.remit.decision.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remit.decision.evaluation.BoundaryVersionRefusedException.Rule;
import io.remit.decision.evaluation.BoundaryVersioning.LatestVersion;
import io.remit.decision.evaluation.BoundaryVersioning.NextVersion;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundaryVersioningTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final Duration SKEW = Duration.ofMinutes(2);

    /** Times are written relative to now: "now", "now-2m", "now+30d", "now+1.5s"; "-" is none. */
    @ParameterizedTest(name = "from {0} until {1} after version {2} from {3}: version {4} [{5}, {6})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # from          | until    | latest | latest from | version | valid from    | valid until
            -               | -        | -      | -           | 1       | now           | -
            now+30d         | now+60d  | -      | -           | 1       | now+30d       | now+60d
            now-2m          | -        | -      | -           | 1       | now-2m        | -
            -               | -        | 3      | now-90d     | 4       | now           | -
            now+30d         | -        | 1      | now+30d     | 2       | now+30d       | -
            now+0.0000015s  | -        | -      | -           | 1       | now+0.000001s | -
            """)
    void shouldNumberOnFromTheLatestAndTakeOverFromValidFrom(String from, String until, Integer latest,
                                                             String latestFrom, int version, String validFrom,
                                                             String validUntil) {
        NextVersion next = BoundaryVersioning.next(instant(from), instant(until),
                latest == null ? null : new LatestVersion(latest, instant(latestFrom)), NOW, SKEW);

        assertThat(next).isEqualTo(new NextVersion(version, instant(validFrom), instant(validUntil)));
        assertThat(next.isFirst()).isEqualTo(version == 1);
    }

    @ParameterizedTest(name = "from {0} until {1} after a version from {2}: {3} at {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # from  | until   | latest from | rule                            | at
            now-3m  | -       | -           | STARTS_IN_THE_PAST              | now-3m
            now+30d | now+30d | -           | ENDS_BEFORE_IT_STARTS           | now+30d
            -       | now-1h  | -           | ENDS_BEFORE_IT_STARTS           | now-1h
            now+30d | -       | now+60d     | STARTS_BEFORE_SCHEDULED_VERSION | now+60d
            -       | -       | now+60d     | STARTS_BEFORE_SCHEDULED_VERSION | now+60d
            now-30d | now-60d | now+60d     | STARTS_IN_THE_PAST              | now-30d
            """)
    void shouldRefuseValidityThatBreaksARule(String from, String until, String latestFrom, Rule rule, String at) {
        LatestVersion latest = latestFrom == null ? null : new LatestVersion(2, instant(latestFrom));

        assertThatThrownBy(() -> BoundaryVersioning.next(instant(from), instant(until), latest, NOW, SKEW))
                .isInstanceOfSatisfying(BoundaryVersionRefusedException.class, e -> {
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.at()).isEqualTo(instant(at));
                });
    }

    @Test
    void shouldStoreNowAtMicrosecondPrecision() {
        Instant now = Instant.parse("2026-06-01T10:00:00.123456789Z");

        assertThat(BoundaryVersioning.next(null, null, null, now, SKEW).validFrom())
                .isEqualTo(Instant.parse("2026-06-01T10:00:00.123456Z"));
    }

    private static Instant instant(String relativeToNow) {
        if (relativeToNow == null) {
            return null;
        }
        if (relativeToNow.equals("now")) {
            return NOW;
        }
        String offset = relativeToNow.substring("now".length()).toUpperCase();
        String amount = offset.substring(1);
        Duration duration = Duration.parse(amount.endsWith("D") ? "P" + amount : "PT" + amount);
        return offset.charAt(0) == '-' ? NOW.minus(duration) : NOW.plus(duration);
    }
}
