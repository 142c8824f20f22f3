package io.remit.notification.escalation.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.remit.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Escalation events that cannot take effect yet, read back in the order they arrived. */
@ApplicationScoped
public class ParkedEscalationRepository implements PanacheRepositoryBase<ParkedEscalation, String> {

    /** Parks an event once: a redelivered one is already waiting. */
    public void park(IncomingEvent event, String escalationId, String targetTeamId, String eventJson) {
        if (findById(event.id()) == null) {
            ParkedEscalation parked = new ParkedEscalation();
            parked.eventId = event.id();
            parked.escalationId = escalationId;
            parked.eventType = event.type();
            parked.targetTeamId = targetTeamId;
            parked.payload = eventJson;
            parked.parkedAt = Instant.now();
            persist(parked);
        }
    }

    /** The events of one escalation waiting here, in the order they arrived. */
    public List<ParkedEscalation> findEventsOf(String escalationId) {
        return list("escalationId = ?1 order by parkedAt, eventId", escalationId);
    }

    /** Whether an event of this type of the escalation waits here. */
    public boolean holds(String escalationId, String eventType) {
        return count("escalationId = ?1 and eventType = ?2", escalationId, eventType) > 0;
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
