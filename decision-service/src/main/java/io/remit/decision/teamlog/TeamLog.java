package io.remit.decision.teamlog;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * The stored head of each team's hash chain (entries are appended with {@link io.remit.decision.ledger.HashChain}).
 * The caller's transaction holds the head row locked until it commits, so
 * concurrent appends for one team queue up instead of forking the chain; teams do not wait for each other.
 */
@ApplicationScoped
public class TeamLog {

    private final EntityManager entityManager;

    TeamLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The head of the team's log, or null while nothing was ever appended to it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TeamLogHead findHead(String teamId) {
        return entityManager.find(TeamLogHead.class, teamId);
    }

    /**
     * Locks the team's log for this transaction and returns its head. A team's first append opens its log, so the
     * log needs nobody to announce a new team.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public TeamLogHead lockHead(String teamId) {
        TeamLogHead head = entityManager.find(TeamLogHead.class, teamId, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            openLog(teamId);
            head = entityManager.find(TeamLogHead.class, teamId, LockModeType.PESSIMISTIC_WRITE);
        }
        if (head == null) {
            throw new IllegalStateException("The log of team " + teamId + " could not be opened");
        }
        return head;
    }

    /**
     * Creates the empty head row in a transaction of its own, committed before the caller locks it: a missing row
     * cannot be locked, and two first appends racing for one team must end up queueing on the same row.
     */
    private void openLog(String teamId) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (entityManager.find(TeamLogHead.class, teamId) == null) {
                    TeamLogHead head = new TeamLogHead();
                    head.teamId = teamId;
                    entityManager.persist(head);
                }
            });
        } catch (QuarkusTransactionException | PersistenceException e) {
            // The other first append committed the row first; it exists now, which is all that was needed.
        }
    }
}
