package io.remit.notification.team.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.hibernate.query.NativeQuery;

@ApplicationScoped
public class TeamReplicaRepository implements PanacheRepositoryBase<ReplicaTeam, String> {

    public List<String> findLeads(String teamId) {
        return getEntityManager()
                .createQuery("select m.userId from ReplicaMember m where m.teamId = :team and m.role = :lead "
                        + "order by m.userId", String.class)
                .setParameter("team", teamId)
                .setParameter("lead", ReplicaMember.LEAD)
                .getResultList();
    }

    /**
     * The team and its ancestors, nearest first, in one round trip instead of one per level. The depth bound stops a
     * cycle in a half-updated replica; a team met twice comes back twice, so the caller sees where the cycle closes.
     * Synchronized with the team entity, so a team written earlier in the same transaction is flushed and found.
     */
    @SuppressWarnings("unchecked")
    public List<ReplicaTeam> findChain(String teamId, int maxDepth) {
        return getEntityManager().createNativeQuery("""
                        with recursive chain (id, parent_id, depth) as (
                            select t.id, t.parent_id, 0 from {h-schema}team_replica t where t.id = :teamId
                            union all
                            select p.id, p.parent_id, c.depth + 1
                            from {h-schema}team_replica p join chain c on p.id = c.parent_id
                            where c.depth < :maxDepth
                        )
                        select t.* from chain c join {h-schema}team_replica t on t.id = c.id order by c.depth""",
                        ReplicaTeam.class)
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(ReplicaTeam.class)
                .setParameter("teamId", teamId)
                .setParameter("maxDepth", maxDepth - 1)
                .getResultList();
    }

    /**
     * The ids of the team and every team below it, as far as the replica knows them, in one round trip. The depth
     * bound stops a cycle in a half-updated replica. A team the replica does not know has no subtree here.
     */
    @SuppressWarnings("unchecked")
    public List<String> findSubtreeIds(String teamId, int maxDepth) {
        return getEntityManager().createNativeQuery("""
                        with recursive subtree (id, depth) as (
                            select t.id, 0 from {h-schema}team_replica t where t.id = :teamId
                            union all
                            select c.id, s.depth + 1
                            from {h-schema}team_replica c join subtree s on c.parent_id = s.id
                            where s.depth < :maxDepth
                        )
                        select distinct id from subtree""")
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(ReplicaTeam.class)
                .setParameter("teamId", teamId)
                .setParameter("maxDepth", maxDepth - 1)
                .getResultList();
    }

    public void replaceMembers(String teamId, List<ReplicaMember> members) {
        getEntityManager().createQuery("delete from ReplicaMember m where m.teamId = :team")
                .setParameter("team", teamId)
                .executeUpdate();
        members.forEach(getEntityManager()::persist);
    }

    /**
     * The team's delegations active at an instant: {@code validFrom <= at < validUntil} and the delegator a LEAD of
     * the team in the replica. Ordered by delegate, then delegator, so callers choose the same one every time.
     */
    public List<ReplicaDelegation> findActiveDelegations(String teamId, Instant at) {
        return getEntityManager()
                .createQuery("select d from ReplicaDelegation d where d.teamId = :team and d.validFrom <= :at "
                        + "and d.validUntil > :at and exists (select 1 from ReplicaMember m where m.teamId = d.teamId "
                        + "and m.userId = d.delegator and m.role = :lead) order by d.delegate, d.delegator, d.id",
                        ReplicaDelegation.class)
                .setParameter("team", teamId)
                .setParameter("at", at)
                .setParameter("lead", ReplicaMember.LEAD)
                .getResultList();
    }

    public void replaceDelegations(String teamId, List<ReplicaDelegation> delegations) {
        getEntityManager().createQuery("delete from ReplicaDelegation d where d.teamId = :team")
                .setParameter("team", teamId)
                .executeUpdate();
        delegations.forEach(getEntityManager()::persist);
    }

    /** The teams a user is a LEAD of, by id. */
    public List<String> findTeamsLedBy(String userId) {
        return getEntityManager()
                .createQuery("select m.teamId from ReplicaMember m where m.userId = :user and m.role = :lead "
                        + "order by m.teamId", String.class)
                .setParameter("user", userId)
                .setParameter("lead", ReplicaMember.LEAD)
                .getResultList();
    }

    /**
     * The delegations a user holds at an instant, in every team: active as {@link #findActiveDelegations} judges it.
     * Ordered by team, then delegator, so callers choose the same one every time.
     */
    public List<ReplicaDelegation> findActiveDelegationsTo(String delegate, Instant at) {
        return getEntityManager()
                .createQuery("select d from ReplicaDelegation d where d.delegate = :delegate and d.validFrom <= :at "
                        + "and d.validUntil > :at and exists (select 1 from ReplicaMember m where m.teamId = d.teamId "
                        + "and m.userId = d.delegator and m.role = :lead) order by d.teamId, d.delegator, d.id",
                        ReplicaDelegation.class)
                .setParameter("delegate", delegate)
                .setParameter("at", at)
                .setParameter("lead", ReplicaMember.LEAD)
                .getResultList();
    }
}
