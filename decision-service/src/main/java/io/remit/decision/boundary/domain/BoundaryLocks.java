package io.remit.decision.boundary.domain;

import io.remit.decision.shared.LockRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
        LockRows.lockCreatingIfMissing(entityManager, BoundaryCategoryLock.class, category, () -> {
            BoundaryCategoryLock lock = new BoundaryCategoryLock();
            lock.category = category;
            return lock;
        });
    }
}
