package io.remit.decision.decision.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.remit.decision.events.DecisionEvents;
import io.remit.decision.events.DecisionServiceEvent;
import io.remit.decision.shared.DecisionStatus;
import java.time.Instant;

/**
 * remit.decision.status-changed.v1: a logged decision's status changed (approved, rejected, withdrawn, superseded).
 * Keyed and subjected by the decision id, in order with its other events. {@code by} is who acted, or the system
 * actor when an act on another decision caused it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionStatusChanged(String decisionId, String teamId, String category, DecisionStatus from,
        DecisionStatus to, Instant at, String by, String onBehalfOf, String reason, String escalationId,
        String supersededBy, String supersedes) implements DecisionServiceEvent {

    @Override
    public String key() {
        return decisionId;
    }

    @Override
    public String type() {
        return DecisionEvents.DECISION_STATUS_CHANGED;
    }

    @Override
    public String subject() {
        return decisionId;
    }
}
