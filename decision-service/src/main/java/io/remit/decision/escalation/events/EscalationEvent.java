package io.remit.decision.escalation.events;

import io.remit.decision.events.DecisionServiceEvent;

/**
 * What every escalation event shares: it is keyed by the decision id, so it stays in order with the decision's own
 * events, and its subject is the escalation.
 */
public interface EscalationEvent extends DecisionServiceEvent {

    String decisionId();

    String escalationId();

    @Override
    default String key() {
        return decisionId();
    }

    @Override
    default String subject() {
        return escalationId();
    }
}
