package io.remit.notification.escalation.service;

import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.escalation.domain.EscalationRoute;
import io.remit.notification.escalation.domain.ParkedEscalationRepository;
import io.remit.notification.escalation.events.DecisionEventData;
import io.remit.notification.notification.service.NotificationPlanner;
import io.remit.notification.notification.service.NotifiedTeam;
import io.remit.notification.sla.service.SlaTimers;
import io.remit.notification.team.domain.ReplicaTeam;
import io.remit.notification.team.service.TeamDirectory;
import io.remit.platform.events.CloudEventReader;
import io.remit.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * What each of decision-service's escalation events does to the audit record, the notifications and the deadline,
 * and when it can: {@link EscalationTracker} decides when it takes effect. Votes, withdrawals and decision status
 * changes are {@link EscalationOutcomes}' to apply.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class EscalationEffects {

    private final EntityManager entityManager;
    private final ParkedEscalationRepository parked;
    private final TeamDirectory directory;
    private final NotificationPlanner planner;
    private final SlaTimers timers;
    private final CloudEventReader reader;
    private final EscalationOutcomes outcomes;
    private final RefusingBoundaries boundaries;

    EscalationEffects(EntityManager entityManager, ParkedEscalationRepository parked, TeamDirectory directory,
            NotificationPlanner planner, SlaTimers timers, CloudEventReader reader, EscalationOutcomes outcomes,
            RefusingBoundaries boundaries) {
        this.entityManager = entityManager;
        this.parked = parked;
        this.directory = directory;
        this.planner = planner;
        this.timers = timers;
        this.reader = reader;
        this.outcomes = outcomes;
        this.boundaries = boundaries;
    }

    /**
     * What an event does here, its data read (and checked) before anything is written: a level can take effect once
     * its team is replicated, an answer once its escalation is recorded.
     */
    Optional<Effect> of(IncomingEvent event, String eventJson) {
        return Optional.ofNullable(switch (event.type()) {
            case DecisionEventData.RECORDED -> recorded(event);
            case DecisionEventData.ESCALATED -> {
                var data = reader.dataAs(event, DecisionEventData.Escalated.class);
                String target = data.escalation().targetTeamId();
                yield new Effect(data.escalation().id(), target, () -> directory.findTeam(target).isPresent(),
                        () -> escalated(data, event.time() == null ? Instant.now() : event.time().toInstant(),
                                eventJson));
            }
            case DecisionEventData.ACKNOWLEDGED -> {
                var data = reader.dataAs(event, DecisionEventData.Acknowledged.class);
                yield new Effect(data.escalationId(), data.targetTeamId(), () -> isRecorded(data.escalationId()),
                        () -> acknowledged(data));
            }
            case DecisionEventData.RESOLVED -> {
                var data = reader.dataAs(event, DecisionEventData.Resolved.class);
                yield new Effect(data.escalationId(), data.targetTeamId(), () -> isRecorded(data.escalationId()),
                        () -> resolved(data));
            }
            case DecisionEventData.VOTED -> {
                var data = reader.dataAs(event, DecisionEventData.Voted.class);
                yield new Effect(data.escalationId(), data.targetTeamId(), () -> isRecorded(data.escalationId()),
                        () -> outcomes.voted(data));
            }
            case DecisionEventData.WITHDRAWN -> {
                var data = reader.dataAs(event, DecisionEventData.Withdrawn.class);
                yield new Effect(data.escalationId(), data.targetTeamId(), () -> isRecorded(data.escalationId()),
                        () -> outcomes.withdrawn(data, eventJson));
            }
            case DecisionEventData.STATUS_CHANGED -> statusChanged(event);
            default -> null;
        });
    }

    /**
     * A level reached: recorded, its team told and its deadline armed. A resolved record is never reopened. A level
     * whose resolution already waits behind it is recorded only: there is nothing left to tell or to time.
     */
    private void escalated(DecisionEventData.Escalated data, Instant sentAt, String eventJson) {
        DecisionEventData.Escalation escalation = data.escalation();
        ReplicaTeam target = directory.findTeam(escalation.targetTeamId()).orElseThrow();
        EscalationRecord record = entityManager.find(EscalationRecord.class, escalation.id());
        if (record != null && (record.isEnded() || record.level >= escalation.level())) {
            return;
        }
        EscalationRecord current = record == null ? opened(data, sentAt) : record;
        EscalationRecords.routeTo(current, escalation);
        entityManager.persist(current);
        boolean resolvedMeanwhile = parked.holds(escalation.id(), DecisionEventData.RESOLVED)
                || parked.holds(escalation.id(), DecisionEventData.WITHDRAWN);
        // Delegations are judged at the instant the level is told, from the replica as it is now.
        Optional<NotifiedTeam> notified = resolvedMeanwhile ? Optional.empty()
                : planner.notifiedTeamFor(target.id, current.category, Instant.now());
        EscalationRoute route = EscalationRecords.route(current, escalation, target, notified);
        entityManager.persist(route);
        if (resolvedMeanwhile) {
            return;
        }
        notified.ifPresent(team -> planner.notifyTeam(EscalationRecords.notice(current), team, route.fallback,
                eventJson));
        timers.arm(current.id, current.level, target.id, current.dueAt);
    }

    /** The record of an escalation first seen, with the boundary that refused its decision when one was named. */
    private EscalationRecord opened(DecisionEventData.Escalated data, Instant sentAt) {
        EscalationRecord record = EscalationRecords.open(data, sentAt);
        boundaries.attachTo(record);
        return record;
    }

    private void acknowledged(DecisionEventData.Acknowledged data) {
        EscalationRecord record = entityManager.find(EscalationRecord.class, data.escalationId());
        if (!record.isEnded()) {
            EscalationRecords.acknowledge(record, data);
        }
        timers.rearm(data.escalationId(), data.level(), data.dueAt());
    }

    private void resolved(DecisionEventData.Resolved data) {
        EscalationRecord record = entityManager.find(EscalationRecord.class, data.escalationId());
        if (!record.isWithdrawn()) {
            EscalationRecords.resolve(record, data);
        }
        timers.stop(data.escalationId());
    }

    /**
     * A decision that escalated, refused by a boundary: the boundary is kept for its escalation's record. It names no
     * escalation and never waits: it comes before the escalation's first level. Any other decision has no effect here.
     */
    private Effect recorded(IncomingEvent event) {
        var data = reader.dataAs(event, DecisionEventData.Recorded.class);
        if (!RefusingBoundaries.matters(data)) {
            return null;
        }
        return new Effect(null, null, () -> true, () -> boundaries.recorded(data));
    }

    /**
     * A status change of a decision that escalated: its escalation is named, or else found by the decision. One of a
     * decision that never escalated has no effect here. Parked, it waits for the deciding team (it names no target).
     */
    private Effect statusChanged(IncomingEvent event) {
        var data = reader.dataAs(event, DecisionEventData.StatusChanged.class);
        String escalationId = data.escalationId() != null ? data.escalationId()
                : outcomes.escalationOf(data.decisionId()).orElse(null);
        if (escalationId == null) {
            return null;
        }
        return new Effect(escalationId, data.teamId(), () -> isRecorded(escalationId),
                () -> outcomes.statusChanged(event.id(), escalationId, data));
    }

    private boolean isRecorded(String escalationId) {
        return entityManager.find(EscalationRecord.class, escalationId) != null;
    }

    /**
     * What one event does to its escalation, and whether it can yet; parked, it waits for {@code waitsForTeamId}. The
     * escalation is null for a decision's recorded event, which comes before its escalation is known and never waits.
     */
    record Effect(String escalationId, String waitsForTeamId, BooleanSupplier ready, Runnable run) {
    }
}
