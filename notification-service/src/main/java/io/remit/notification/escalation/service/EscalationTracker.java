package io.remit.notification.escalation.service;

import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.escalation.domain.EscalationRoute;
import io.remit.notification.escalation.domain.ParkedEscalation;
import io.remit.notification.escalation.domain.ParkedEscalationRepository;
import io.remit.notification.escalation.events.DecisionEventData;
import io.remit.notification.notification.service.NotificationPlanner;
import io.remit.notification.notification.service.NotifiedTeam;
import io.remit.notification.sla.service.SlaTimers;
import io.remit.notification.team.domain.ReplicaTeam;
import io.remit.notification.team.events.TeamArrived;
import io.remit.notification.team.service.TeamDirectory;
import io.remit.platform.events.CloudEventReader;
import io.remit.platform.events.IncomingEvent;
import io.remit.platform.inbox.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Follows each escalation through decision-service's events: notifies the team it reaches, arms its deadline, and
 * keeps the audit record. An escalation to a team not replicated yet waits (parked) until the team arrives; its
 * acknowledgement or resolution, arriving before it, waits with it.
 */
@ApplicationScoped
@Transactional
public class EscalationTracker {

    private static final int RELEASED_PER_SWEEP = 100;

    private final EntityManager entityManager;
    private final ProcessedEvents processedEvents;
    private final ParkedEscalationRepository parked;
    private final TeamDirectory directory;
    private final NotificationPlanner planner;
    private final SlaTimers timers;
    private final CloudEventReader reader;

    EscalationTracker(EntityManager entityManager, ProcessedEvents processedEvents, ParkedEscalationRepository parked,
            TeamDirectory directory, NotificationPlanner planner, SlaTimers timers, CloudEventReader reader) {
        this.entityManager = entityManager;
        this.processedEvents = processedEvents;
        this.parked = parked;
        this.directory = directory;
        this.planner = planner;
        this.timers = timers;
        this.reader = reader;
    }

    /**
     * Applies one of decision-service's events once, given as read and as it arrived (a notification quotes the text,
     * a parked event keeps it). Types without an effect here (decisions within remit, boundaries) are not recorded.
     */
    public void apply(IncomingEvent event, String eventJson) {
        Optional<Runnable> effect = effectOf(event, eventJson);
        if (effect.isPresent() && processedEvents.markProcessed(event.id())) {
            effect.get().run();
        }
    }

    /** A team arrived in the replica: what waited for it is handled now, in the transaction that wrote it. */
    void onTeamArrived(@Observes TeamArrived arrived) {
        release(parked.findWaitingFor(arrived.teamId()));
    }

    /**
     * Handles parked events whose team the replica knows by now: the periodic sweep's catch for an event parked while
     * its team was arriving in another transaction. Returns how many it handled.
     */
    public int releaseReadyParked() {
        List<ParkedEscalation> ready = parked.findReady(RELEASED_PER_SWEEP);
        release(ready);
        return ready.size();
    }

    /** In the order the events arrived; each was marked processed when it was parked. */
    private void release(List<ParkedEscalation> waiting) {
        for (ParkedEscalation event : waiting) {
            parked.delete(event);
            effectOf(reader.read(event.payload), event.payload).ifPresent(Runnable::run);
        }
    }

    /** What an event does here, its data read (and checked) before anything is written. */
    private Optional<Runnable> effectOf(IncomingEvent event, String eventJson) {
        return Optional.ofNullable(switch (event.type()) {
            case DecisionEventData.ESCALATED -> {
                var data = reader.dataAs(event, DecisionEventData.Escalated.class);
                yield () -> escalated(event.id(), data, eventJson);
            }
            case DecisionEventData.ACKNOWLEDGED -> {
                var data = reader.dataAs(event, DecisionEventData.Acknowledged.class);
                yield () -> acknowledged(event.id(), data, eventJson);
            }
            case DecisionEventData.RESOLVED -> {
                var data = reader.dataAs(event, DecisionEventData.Resolved.class);
                yield () -> resolved(event.id(), data, eventJson);
            }
            default -> null;
        });
    }

    private void escalated(String eventId, DecisionEventData.Escalated data, String eventJson) {
        DecisionEventData.Escalation escalation = data.escalation();
        ReplicaTeam target = directory.findTeam(escalation.targetTeamId()).orElse(null);
        if (target == null) {
            parked.park(eventId, escalation.targetTeamId(), eventJson);
            return;
        }
        EscalationRecord record = entityManager.find(EscalationRecord.class, escalation.id());
        if (record != null && record.level >= escalation.level()) {
            return;
        }
        EscalationRecord current = record == null ? EscalationRecords.open(data) : record;
        EscalationRecords.routeTo(current, escalation);
        entityManager.persist(current);
        Optional<NotifiedTeam> notified = planner.notifiedTeamFor(target.id);
        EscalationRoute route = EscalationRecords.route(current, target, notified);
        entityManager.persist(route);
        notified.ifPresent(team -> planner.notifyTeam(EscalationRecords.notice(current), team, route.fallback,
                eventJson));
        timers.arm(current.id, current.level, target.id, current.dueAt);
    }

    private void acknowledged(String eventId, DecisionEventData.Acknowledged data, String eventJson) {
        EscalationRecord record = entityManager.find(EscalationRecord.class, data.escalationId());
        if (record == null) {
            parked.park(eventId, data.targetTeamId(), eventJson);
            return;
        }
        if (!record.isResolved()) {
            EscalationRecords.acknowledge(record, data);
        }
        timers.rearm(data.escalationId(), data.level(), data.dueAt());
    }

    private void resolved(String eventId, DecisionEventData.Resolved data, String eventJson) {
        EscalationRecord record = entityManager.find(EscalationRecord.class, data.escalationId());
        if (record == null) {
            parked.park(eventId, data.targetTeamId(), eventJson);
            return;
        }
        EscalationRecords.resolve(record, data);
        timers.stop(data.escalationId());
    }
}
