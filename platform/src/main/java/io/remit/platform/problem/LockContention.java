package io.remit.platform.problem;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a write that waited too long for a row lock another transaction holds (or lost a deadlock) apart from other
 * failures. Nothing was written, and the same request is likely to succeed a moment later, so clients get 503 with
 * Retry-After rather than a 500.
 */
public final class LockContention {

    /**
     * SQLSTATEs of a lock not granted: PostgreSQL's lock_not_available and deadlock_detected, H2's lock timeout
     * (HYT00, error 50200) and its deadlock (40001).
     */
    private static final Set<String> LOCK_NOT_GRANTED = Set.of("55P03", "40P01", "HYT00", "40001");

    private LockContention() {
    }

    /** Whether the exception, or anything it wraps (see {@link Causes}), says a lock was not granted in time. */
    public static boolean isCause(Throwable failure) {
        return Causes.anyMatch(failure, t -> t instanceof jakarta.persistence.PessimisticLockException
                || t instanceof jakarta.persistence.LockTimeoutException
                || t instanceof org.hibernate.PessimisticLockException
                || t instanceof org.hibernate.exception.LockAcquisitionException
                || t instanceof org.hibernate.exception.LockTimeoutException
                || t instanceof SQLException sql && sql.getSQLState() != null
                        && LOCK_NOT_GRANTED.contains(sql.getSQLState()));
    }
}
