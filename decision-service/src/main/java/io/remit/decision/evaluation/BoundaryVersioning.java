package io.remit.decision.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Rule 6 for boundaries: every change is a new version, numbered on from the latest, that takes over from its
 * validFrom (default now). It may not start in the past, since decisions already logged keep the version that judged
 * them, nor before a version already scheduled, so that versions never overlap; and it must end after it starts.
 */
public final class BoundaryVersioning {

    private BoundaryVersioning() {
    }

    /** The latest stored version of a (team, category): its number and when it takes over. */
    public record LatestVersion(int version, Instant validFrom) {
    }

    /** The number and validity the new version gets, at the microsecond precision times are stored at. */
    public record NextVersion(int version, Instant validFrom, Instant validUntil) {

        public boolean isFirst() {
            return version == 1;
        }
    }

    /**
     * @param latest null when the category has no version yet
     * @throws BoundaryVersionRefusedException saying which rule the requested validity breaks
     */
    public static NextVersion next(Instant requestedFrom, Instant requestedUntil, LatestVersion latest, Instant now,
                                   Duration clockSkew) {
        Objects.requireNonNull(now, "now");
        Instant today = micros(now);
        Instant validFrom = requestedFrom == null ? today : micros(requestedFrom);
        if (validFrom.isBefore(today.minus(clockSkew))) {
            throw new BoundaryVersionRefusedException(BoundaryVersionRefusedException.Rule.STARTS_IN_THE_PAST,
                    validFrom);
        }
        Instant validUntil = requestedUntil == null ? null : micros(requestedUntil);
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new BoundaryVersionRefusedException(BoundaryVersionRefusedException.Rule.ENDS_BEFORE_IT_STARTS,
                    validUntil);
        }
        if (latest != null && validFrom.isBefore(latest.validFrom())) {
            throw new BoundaryVersionRefusedException(
                    BoundaryVersionRefusedException.Rule.STARTS_BEFORE_SCHEDULED_VERSION, latest.validFrom());
        }
        return new NextVersion(latest == null ? 1 : latest.version() + 1, validFrom, validUntil);
    }

    private static Instant micros(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }
}
