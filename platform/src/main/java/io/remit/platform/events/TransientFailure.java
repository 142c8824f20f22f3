package io.remit.platform.events;

import io.remit.platform.problem.Causes;
import io.remit.platform.problem.DatabaseUnavailable;
import io.remit.platform.problem.ProblemException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Tells a failure that passes by itself (the database away, a lock not granted in time, a transaction that lost a
 * serialization or deadlock conflict, a refusal that says 503 because what it needs has not arrived yet) apart from
 * one that would fail again on every try (an event that is not valid against its schema, a bug). A consumer retries
 * the former for as long as it lasts; the latter goes to the dead-letter topic.
 */
public final class TransientFailure {

    /**
     * SQLSTATEs of a conflict that a later try can win: lock_not_available (PostgreSQL), lock timeout (H2),
     * serialization_failure (both) and deadlock_detected (PostgreSQL).
     */
    private static final Set<String> CONFLICTS = Set.of("55P03", "HYT00", "40001", "40P01");

    private TransientFailure() {
    }

    /** Whether a later try of the same work may succeed. A {@link PoisonEventException} anywhere says it never will. */
    public static boolean isCause(Throwable failure) {
        if (Causes.anyMatch(failure, PoisonEventException.class::isInstance)) {
            return false;
        }
        return DatabaseUnavailable.isCause(failure) || Causes.anyMatch(failure, t -> t instanceof SQLTransientException
                || t instanceof LockTimeoutException
                || t instanceof PessimisticLockException
                || t instanceof OptimisticLockException
                || t instanceof LockAcquisitionException
                || t instanceof StaleStateException
                || t instanceof ProblemException problem && problem.status() == 503
                || t instanceof SQLException sql && sql.getSQLState() != null && CONFLICTS.contains(sql.getSQLState()));
    }
}
