package io.remit.decision.team.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class TeamReplicaRepository implements PanacheRepositoryBase<ReplicaTeam, String> {

    /**
     * The team and its ancestors, nearest first, as rows of {@code id, parent_id, status, has_lead}: one round trip
     * instead of one per level plus one for the leads. The depth bound stops a cycle in a half-updated replica.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> findChainRows(String teamId, int maxDepth) {
        return getEntityManager().createNativeQuery("""
                        with recursive chain (id, parent_id, status, depth) as (
                            select t.id, t.parent_id, t.status, 0 from {h-schema}team_replica t where t.id = :teamId
                            union all
                            select p.id, p.parent_id, p.status, c.depth + 1
                            from {h-schema}team_replica p join chain c on p.id = c.parent_id
                            where c.depth < :maxDepth
                        )
                        select c.id, c.parent_id, c.status,
                               case when exists (select 1 from {h-schema}team_replica_member m
                                                 where m.team_id = c.id and m.role = :lead) then 1 else 0 end
                        from chain c order by c.depth""")
                .setParameter("teamId", teamId)
                .setParameter("maxDepth", maxDepth - 1)
                .setParameter("lead", ReplicaMember.LEAD)
                .getResultList();
    }

    /** Whether the user is a member or lead of the team: one primary-key probe, no entities loaded. */
    public boolean isMember(String userId, String teamId) {
        return !getEntityManager()
                .createQuery("select 1 from ReplicaMember m where m.teamId = :teamId and m.userId = :userId")
                .setParameter("teamId", teamId)
                .setParameter("userId", userId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    public boolean hasLead(String teamId) {
        return getEntityManager()
                .createQuery("select count(m) from ReplicaMember m where m.teamId = :teamId and m.role = :lead",
                        Long.class)
                .setParameter("teamId", teamId)
                .setParameter("lead", ReplicaMember.LEAD)
                .getSingleResult() > 0;
    }

    public void replaceMembers(String teamId, List<ReplicaMember> members) {
        getEntityManager().createQuery("delete from ReplicaMember m where m.teamId = :teamId")
                .setParameter("teamId", teamId)
                .executeUpdate();
        members.forEach(getEntityManager()::persist);
    }

    public void replaceDelegations(String teamId, List<ReplicaDelegation> delegations) {
        getEntityManager().createQuery("delete from ReplicaDelegation d where d.teamId = :teamId")
                .setParameter("teamId", teamId)
                .executeUpdate();
        delegations.forEach(getEntityManager()::persist);
    }

    public List<ReplicaDelegation> findDelegations(String teamId) {
        return getEntityManager()
                .createQuery("from ReplicaDelegation d where d.teamId = :teamId order by d.id", ReplicaDelegation.class)
                .setParameter("teamId", teamId)
                .getResultList();
    }

    /** The leads of the given teams, as (team id, user id) rows. */
    public List<Object[]> findLeadRows(Collection<String> teamIds) {
        return getEntityManager()
                .createQuery("select m.teamId, m.userId from ReplicaMember m where m.teamId in :teamIds "
                        + "and m.role = :lead", Object[].class)
                .setParameter("teamIds", teamIds)
                .setParameter("lead", ReplicaMember.LEAD)
                .getResultList();
    }

    /** The user ids of a team's members and leads. */
    public List<String> findMemberIds(String teamId) {
        return getEntityManager()
                .createQuery("select m.userId from ReplicaMember m where m.teamId = :teamId", String.class)
                .setParameter("teamId", teamId)
                .getResultList();
    }

    /** The delegations to one user in any of the given teams, whatever their dates. */
    public List<ReplicaDelegation> findDelegationsTo(String delegate, Collection<String> teamIds) {
        return getEntityManager()
                .createQuery("from ReplicaDelegation d where d.delegate = :delegate and d.teamId in :teamIds "
                        + "order by d.id", ReplicaDelegation.class)
                .setParameter("delegate", delegate)
                .setParameter("teamIds", teamIds)
                .getResultList();
    }

    /** Each team that has a parent, with its parent's id: two strings per team, no entity kept. */
    public List<Object[]> findParentRows() {
        return getEntityManager()
                .createQuery("select t.id, t.parentId from ReplicaTeam t where t.parentId is not null", Object[].class)
                .getResultList();
    }
}
