package io.remit.notification.escalation.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Escalation events waiting for their team, read back in the order they arrived. */
@ApplicationScoped
public class ParkedEscalationRepository implements PanacheRepositoryBase<ParkedEscalation, String> {

    /** Parks an event once: a redelivered one is already waiting. */
    public void park(String eventId, String targetTeamId, String eventJson) {
        if (findById(eventId) == null) {
            ParkedEscalation parked = new ParkedEscalation();
            parked.eventId = eventId;
            parked.targetTeamId = targetTeamId;
            parked.payload = eventJson;
            parked.parkedAt = Instant.now();
            persist(parked);
        }
    }

    public List<ParkedEscalation> findWaitingFor(String teamId) {
        return list("targetTeamId = ?1 order by parkedAt, eventId", teamId);
    }

    /** Up to {@code limit} events whose team the replica knows by now. */
    public List<ParkedEscalation> findReady(int limit) {
        return getEntityManager()
                .createQuery("from ParkedEscalation p where exists (select 1 from ReplicaTeam t "
                        + "where t.id = p.targetTeamId) order by p.parkedAt, p.eventId", ParkedEscalation.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
