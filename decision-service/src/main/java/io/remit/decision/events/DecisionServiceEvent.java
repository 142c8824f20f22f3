package io.remit.decision.events;

import io.remit.platform.outbox.OutgoingEvent;

/** An event decision-service publishes: every one goes to {@link DecisionEvents#TOPIC}. */
public interface DecisionServiceEvent extends OutgoingEvent {

    @Override
    default String topic() {
        return DecisionEvents.TOPIC;
    }
}
