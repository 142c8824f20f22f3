package io.remit.decision.escalation.events;

import io.remit.decision.events.DecisionEvents;
import io.remit.platform.outbox.OutgoingEvent;

/**
 * What every escalation event shares: it goes to the decision events' topic keyed by the decision id, so it stays in
 * order with the decision's own events, and its subject is the escalation.
 */
public interface EscalationEvent extends OutgoingEvent {

    String decisionId();

    String escalationId();

    @Override
    default String topic() {
        return DecisionEvents.TOPIC;
    }

    @Override
    default String key() {
        return decisionId();
    }

    @Override
    default String subject() {
        return escalationId();
    }
}
