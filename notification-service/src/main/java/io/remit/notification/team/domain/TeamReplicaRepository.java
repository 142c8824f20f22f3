package io.remit.notification.team.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

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

    public void replaceMembers(String teamId, List<ReplicaMember> members) {
        getEntityManager().createQuery("delete from ReplicaMember m where m.teamId = :team")
                .setParameter("team", teamId)
                .executeUpdate();
        members.forEach(getEntityManager()::persist);
    }
}
