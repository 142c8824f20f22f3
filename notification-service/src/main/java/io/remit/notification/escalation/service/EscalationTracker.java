package io.remit.notification.escalation.service;

import io.remit.notification.escalation.domain.ParkedEscalation;
import io.remit.notification.escalation.domain.ParkedEscalationRepository;
import io.remit.notification.escalation.events.DecisionEventData;
import io.remit.notification.escalation.service.EscalationEffects.Effect;
import io.remit.notification.team.events.TeamArrived;
import io.remit.platform.events.CloudEventReader;
import io.remit.platform.events.IncomingEvent;
import io.remit.platform.inbox.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Follows each escalation through decision-service's events: notifies the team it reaches, arms its deadline, and
 * keeps the audit record. A level for a team not replicated yet waits (parked) until the team arrives, and every later
 * event of that escalation waits behind it, so that events take effect in the order decision-service published them:
 * an answer is never overwritten by the level it followed, and a resolved escalation is never reopened.
 */
@ApplicationScoped
@Transactional
public class EscalationTracker {

    private static final int RELEASED_PER_SWEEP = 100;

    private final ProcessedEvents processedEvents;
    private final ParkedEscalationRepository parked;
    private final EscalationEffects effects;
    private final CloudEventReader reader;

    EscalationTracker(ProcessedEvents processedEvents, ParkedEscalationRepository parked, EscalationEffects effects,
            CloudEventReader reader) {
        this.processedEvents = processedEvents;
        this.parked = parked;
        this.effects = effects;
        this.reader = reader;
    }

    /**
     * Applies one of decision-service's events once, given as read and as it arrived (a notification quotes the text,
     * a parked event keeps it). Types without an effect here (decisions within remit, boundaries) are not recorded.
     */
    public void apply(IncomingEvent event, String eventJson) {
        Optional<Effect> found = effects.of(event, eventJson);
        if (found.isEmpty() || !processedEvents.markProcessed(event.id())) {
            return;
        }
        Effect effect = found.get();
        // Behind a level that waits, everything of that escalation waits: taking effect first, an acknowledgement
        // would be overwritten by that level, and a resolution would be reopened by it.
        boolean behindAWaitingLevel = effect.escalationId() != null
                && parked.holds(effect.escalationId(), DecisionEventData.ESCALATED);
        if (behindAWaitingLevel || !effect.ready().getAsBoolean()) {
            parked.park(event, effect.escalationId(), effect.waitsForTeamId(), eventJson);
        } else {
            effect.run().run();
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
        return release(parked.findReady(RELEASED_PER_SWEEP));
    }

    private int release(List<ParkedEscalation> waiting) {
        int released = 0;
        for (ParkedEscalation event : waiting) {
            // Released already with the other events of its escalation.
            if (parked.isPersistent(event)) {
                released += releaseInOrder(event.escalationId == null ? List.of(event)
                        : parked.findEventsOf(event.escalationId));
            }
        }
        return released;
    }

    /**
     * One escalation's events in the order they arrived, up to a level that still waits for its team. An answer that
     * still waits for its record holds nothing back: only a level orders what follows. Each event was marked
     * processed when it was parked.
     */
    private int releaseInOrder(List<ParkedEscalation> events) {
        int released = 0;
        for (ParkedEscalation event : events) {
            IncomingEvent read = reader.read(event.payload);
            Effect effect = effects.of(read, event.payload).orElseThrow();
            if (!effect.ready().getAsBoolean()) {
                if (DecisionEventData.ESCALATED.equals(read.type())) {
                    break;
                }
                continue;
            }
            parked.delete(event);
            effect.run().run();
            released++;
        }
        return released;
    }

}
