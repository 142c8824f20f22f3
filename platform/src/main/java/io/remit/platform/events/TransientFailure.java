package io.remit.platform.events;

import io.remit.platform.problem.Causes;
import io.remit.platform.problem.DatabaseUnavailable;
import io.remit.platform.problem.LockContention;
import io.remit.platform.problem.ProblemException;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLTransientException;
import org.hibernate.StaleStateException;

/**
 * Tells a failure that passes by itself (the database away, a lock not granted in time, a transaction that lost a
 * serialization or deadlock conflict, a refusal that says 503 because what it needs has not arrived yet) apart from
 * one that would fail again on every try (an event that is not valid against its schema, a bug). A consumer retries
 * the former for as long as it lasts; the latter goes to the dead-letter topic.
 */
public final class TransientFailure {

    private TransientFailure() {
    }

    /** Whether a later try of the same work may succeed. A {@link PoisonEventException} anywhere says it never will. */
    public static boolean isCause(Throwable failure) {
        if (Causes.anyMatch(failure, PoisonEventException.class::isInstance)) {
            return false;
        }
        return DatabaseUnavailable.isCause(failure) || LockContention.isCause(failure)
                || Causes.anyMatch(failure, t -> t instanceof SQLTransientException
                        || t instanceof OptimisticLockException
                        || t instanceof StaleStateException
                        || t instanceof ProblemException problem && problem.status() == 503);
    }
}
