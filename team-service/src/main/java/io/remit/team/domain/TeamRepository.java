package io.remit.team.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.jpa.HibernateHints;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, String> {

    /** The teams above a team, nearest first; stops at the root, or at a parent that does not exist. */
    public List<Team> findAncestors(Team team) {
        List<Team> ancestors = new ArrayList<>();
        String parentId = team.parentId;
        while (parentId != null && !parentId.equals(team.id)) {
            Optional<Team> parent = findByIdOptional(parentId);
            if (parent.isEmpty() || ancestors.contains(parent.get())) {
                break;
            }
            ancestors.add(parent.get());
            parentId = parent.get().parentId;
        }
        return ancestors;
    }

    /** Up to {@code limit} teams ordered by id after the given one, optionally of one parent and status. */
    public List<Team> findPage(String parentId, TeamStatus status, String after, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (parentId != null) {
            query.append(" and parentId = :parentId");
            parameters.and("parentId", parentId);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (after != null) {
            query.append(" and id > :after");
            parameters.and("after", after);
        }
        return find(query + " order by id", parameters).page(0, limit).list();
    }

    /**
     * Every team, archived ones included, read-only: the organisation page draws the whole tree from this one query
     * and changes nothing, so Hibernate keeps no snapshots to compare at commit.
     */
    public List<Team> findAllForReading() {
        return findAll().withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The teams directly under a team, archived ones included, in no particular order. */
    public List<Team> findChildren(String parentId) {
        return find("parentId", parentId).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The team without a parent that is not archived; there is at most one. */
    public Optional<Team> findRoot() {
        return find("parentId is null and status <> ?1", TeamStatus.ARCHIVED).firstResultOptional();
    }

    /**
     * Locks the tree for the caller's transaction: structural changes (create, move, archive) queue here, so each
     * one's checks see every earlier one committed. The lock ends with the transaction.
     */
    public void lockTree() {
        if (getEntityManager().find(TeamTreeLock.class, TeamTreeLock.TREE, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("The row team_tree_lock '" + TeamTreeLock.TREE + "' is missing");
        }
    }

    public boolean hasActiveChildren(String teamId) {
        return count("parentId = ?1 and status <> ?2", teamId, TeamStatus.ARCHIVED) > 0;
    }
}
