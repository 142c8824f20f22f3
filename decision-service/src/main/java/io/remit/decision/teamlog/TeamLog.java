package io.remit.decision.teamlog;

import io.remit.decision.shared.LockRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
        return LockRows.lockCreatingIfMissing(entityManager, TeamLogHead.class, teamId, () -> {
            TeamLogHead head = new TeamLogHead();
            head.teamId = teamId;
            return head;
        });
    }
}
