package io.remit.decision.shared;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;

/**
 * Locks a row that serialises writers (a team's log head, a category's boundaries) for the caller's transaction,
 * creating it on first use. A missing row cannot be locked, so it is first committed in a transaction of its own;
 * two first writers racing each other then queue up on the same row.
 */
public final class LockRows {

    private LockRows() {
    }

    /** The row with this id, locked until the caller's transaction ends; created from {@code newRow} if missing. */
    public static <T> T lockCreatingIfMissing(EntityManager entityManager, Class<T> type, Object id,
            Supplier<T> newRow) {
        T row = entityManager.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            create(entityManager, type, id, newRow);
            row = entityManager.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        }
        if (row == null) {
            throw new IllegalStateException("The " + type.getSimpleName() + " row " + id + " could not be created");
        }
        return row;
    }

    private static <T> void create(EntityManager entityManager, Class<T> type, Object id, Supplier<T> newRow) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (entityManager.find(type, id) == null) {
                    entityManager.persist(newRow.get());
                }
            });
        } catch (QuarkusTransactionException | PersistenceException e) {
            // The other first writer committed the row first; it exists now, which is all that was needed.
        }
    }
}
