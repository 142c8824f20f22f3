package io.remit.notification.escalation.service;

import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.escalation.domain.EscalationRoute;
import io.remit.notification.escalation.domain.ParkedEscalation;
import io.remit.notification.escalation.events.DecisionEventData;
import io.remit.notification.notification.domain.NotificationKind;
import io.remit.notification.notification.service.NotificationPlanner;
import io.remit.notification.sla.service.SlaTimers;
import io.remit.notification.team.domain.ReplicaTeam;
import io.remit.notification.team.service.TeamDirectory;
import io.remit.platform.events.CloudEventReader;
import io.remit.platform.events.IncomingEvent;
import io.remit.platform.inbox.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Follows each escalation through decision-service's events: notifies the team it reaches, arms its deadline, and
 * keeps the audit record. An escalation to a team not replicated yet waits until the team arrives.
 */
@ApplicationScoped
@Transactional
public class EscalationTracker {

    private final EntityManager entityManager;
    private final ProcessedEvents processedEvents;
    private final TeamDirectory directory;
    private final NotificationPlanner planner;
    private final SlaTimers timers;
    private final CloudEventReader reader;

    EscalationTracker(EntityManager entityManager, ProcessedEvents processedEvents, TeamDirectory directory,
            NotificationPlanner planner, SlaTimers timers, CloudEventReader reader) {
        this.entityManager = entityManager;
        this.processedEvents = processedEvents;
        this.directory = directory;
        this.planner = planner;
        this.timers = timers;
        this.reader = reader;
    }

    public void onEscalated(IncomingEvent event, DecisionEventData.Escalated data, String eventJson) {
        if (processedEvents.markProcessed(event.id())) {
            handleEscalated(event.id(), data, eventJson);
        }
    }

    public void onAcknowledged(IncomingEvent event, DecisionEventData.Acknowledged data, String eventJson) {
        if (processedEvents.markProcessed(event.id())) {
            handleAcknowledged(event.id(), data, eventJson);
        }
    }

    public void onResolved(IncomingEvent event, DecisionEventData.Resolved data, String eventJson) {
        if (processedEvents.markProcessed(event.id())) {
            handleResolved(event.id(), data, eventJson);
        }
    }

    /**
     * Handles the events that were waiting for their team (or for their escalation, which waited for its team), in
     * the order they arrived. Called when a team first arrives, and by a periodic sweep that catches an event parked
     * while its team was arriving in another transaction.
     */
    public void releaseParked(String teamId) {
        release(entityManager
                .createQuery("from ParkedEscalation p where p.targetTeamId = :team order by p.parkedAt, p.eventId",
                        ParkedEscalation.class)
                .setParameter("team", teamId)
                .getResultList());
    }

    public int releaseReadyParked() {
        List<ParkedEscalation> ready = entityManager
                .createQuery("from ParkedEscalation p where exists (select 1 from ReplicaTeam t "
                        + "where t.id = p.targetTeamId) order by p.parkedAt, p.eventId", ParkedEscalation.class)
                .setMaxResults(100)
                .getResultList();
        release(ready);
        return ready.size();
    }

    private void release(List<ParkedEscalation> parked) {
        for (ParkedEscalation waiting : parked) {
            entityManager.remove(waiting);
            IncomingEvent event = reader.read(waiting.payload);
            switch (event.type()) {
                case DecisionEventData.ESCALATED -> handleEscalated(event.id(),
                        reader.dataAs(event, DecisionEventData.Escalated.class), waiting.payload);
                case DecisionEventData.ACKNOWLEDGED -> handleAcknowledged(event.id(),
                        reader.dataAs(event, DecisionEventData.Acknowledged.class), waiting.payload);
                case DecisionEventData.RESOLVED -> handleResolved(event.id(),
                        reader.dataAs(event, DecisionEventData.Resolved.class), waiting.payload);
                default -> {
                    // only these three types are ever parked
                }
            }
        }
    }

    private void handleAcknowledged(String eventId, DecisionEventData.Acknowledged data, String eventJson) {
        EscalationRecord record = entityManager.find(EscalationRecord.class, data.escalationId());
        if (record == null) {
            park(eventId, data.targetTeamId(), eventJson);
            return;
        }
        if (!record.isResolved()) {
            record.status = EscalationRecord.ACKNOWLEDGED;
            record.acknowledgedAt = data.acknowledgedAt();
            record.acknowledgedBy = data.acknowledgedBy();
            record.dueAt = data.dueAt();
        }
        timers.rearm(data.escalationId(), data.level(), data.dueAt());
    }

    private void handleResolved(String eventId, DecisionEventData.Resolved data, String eventJson) {
        EscalationRecord record = entityManager.find(EscalationRecord.class, data.escalationId());
        if (record == null) {
            park(eventId, data.targetTeamId(), eventJson);
            return;
        }
        record.status = data.outcome();
        record.outcome = data.outcome();
        record.resolvedAt = data.resolvedAt();
        record.resolvedBy = data.resolvedBy();
        record.resolutionComment = data.comment();
        timers.stop(data.escalationId());
    }

    private void handleEscalated(String eventId, DecisionEventData.Escalated data, String eventJson) {
        DecisionEventData.Escalation escalation = data.escalation();
        ReplicaTeam target = directory.findTeam(escalation.targetTeamId()).orElse(null);
        if (target == null) {
            park(eventId, escalation.targetTeamId(), eventJson);
            return;
        }
        EscalationRecord record = entityManager.find(EscalationRecord.class, escalation.id());
        if (record != null && record.level >= escalation.level()) {
            return;
        }
        EscalationRecord current = record == null ? EscalationRecords.open(data) : record;
        EscalationRecords.routeTo(current, escalation);
        entityManager.persist(current);

        var notified = planner.notifiedTeamFor(target.id);
        EscalationRoute route = new EscalationRoute();
        route.escalationId = current.id;
        route.level = current.level;
        route.targetTeamId = target.id;
        route.notifiedTeamId = notified.map(t -> t.id).orElse(null);
        route.fallback = notified.isPresent() && !notified.get().id.equals(target.id);
        route.routedAt = Instant.now();
        route.dueAt = current.dueAt;
        entityManager.persist(route);
        notified.ifPresent(team -> planner.notifyTeam(current, team, route.fallback, NotificationKind.ESCALATED,
                eventJson));
        timers.arm(current.id, current.level, target.id, current.dueAt);
    }

    private void park(String eventId, String targetTeamId, String eventJson) {
        if (entityManager.find(ParkedEscalation.class, eventId) == null) {
            ParkedEscalation parked = new ParkedEscalation();
            parked.eventId = eventId;
            parked.targetTeamId = targetTeamId;
            parked.payload = eventJson;
            parked.parkedAt = Instant.now();
            entityManager.persist(parked);
        }
    }
}
