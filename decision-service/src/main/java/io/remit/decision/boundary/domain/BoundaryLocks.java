package io.remit.decision.boundary.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * Serialises boundary writes per category. Nesting (rule 5) only ever compares boundaries of one category, so a
 * lock per category is enough: a parent's and a child's writes for "spend" queue up, while "spend" and "hiring"
 * writes never wait for each other. The lock is held until the caller's transaction ends.
 */
@ApplicationScoped
public class BoundaryLocks {

    private final EntityManager entityManager;

    BoundaryLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Locks the category's boundaries for this transaction, creating its lock row on the category's first write. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockCategory(String category) {
        BoundaryCategoryLock lock = entityManager.find(BoundaryCategoryLock.class, category,
                LockModeType.PESSIMISTIC_WRITE);
        if (lock == null) {
            createLockRow(category);
            lock = entityManager.find(BoundaryCategoryLock.class, category, LockModeType.PESSIMISTIC_WRITE);
        }
        if (lock == null) {
            throw new IllegalStateException("The boundary lock of category " + category + " could not be created");
        }
    }

    /**
     * Commits the row in a transaction of its own before the caller locks it: a missing row cannot be locked, and two
     * first writes of a category racing each other must end up queueing on the same row.
     */
    private void createLockRow(String category) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (entityManager.find(BoundaryCategoryLock.class, category) == null) {
                    BoundaryCategoryLock lock = new BoundaryCategoryLock();
                    lock.category = category;
                    entityManager.persist(lock);
                }
            });
        } catch (QuarkusTransactionException | PersistenceException e) {
            // The other first write committed the row first; it exists now, which is all that was needed.
        }
    }
}
