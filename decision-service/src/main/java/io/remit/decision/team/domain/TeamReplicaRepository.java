package io.remit.decision.team.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class TeamReplicaRepository implements PanacheRepositoryBase<ReplicaTeam, String> {

    public List<ReplicaMember> findMembers(String teamId) {
        return getEntityManager()
                .createQuery("from ReplicaMember m where m.teamId = :teamId order by m.userId", ReplicaMember.class)
                .setParameter("teamId", teamId)
                .getResultList();
    }

    public List<ReplicaMember> findMemberships(String userId) {
        return getEntityManager()
                .createQuery("from ReplicaMember m where m.userId = :userId", ReplicaMember.class)
                .setParameter("userId", userId)
                .getResultList();
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

    public List<ReplicaTeam> findAllTeams() {
        return listAll();
    }
}
