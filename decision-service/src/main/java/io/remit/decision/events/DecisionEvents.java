package io.remit.decision.events;

/**
 * The topic and event types decision-service publishes. Decision and escalation events are keyed by decision id,
 * boundary events by team id; each type has a JSON Schema under src/main/resources/schemas.
 */
public final class DecisionEvents {

    public static final String TOPIC = "remit.decision.events.v1";

    public static final String DECISION_RECORDED = "remit.decision.recorded.v1";
    public static final String DECISION_ESCALATED = "remit.decision.escalated.v1";
    public static final String ESCALATION_ACKNOWLEDGED = "remit.escalation.acknowledged.v1";
    public static final String ESCALATION_RESOLVED = "remit.escalation.resolved.v1";
    public static final String ESCALATION_VOTED = "remit.escalation.voted.v1";
    public static final String ESCALATION_WITHDRAWN = "remit.escalation.withdrawn.v1";
    public static final String DECISION_STATUS_CHANGED = "remit.decision.status-changed.v1";
    public static final String BOUNDARY_CHANGED = "remit.boundary.changed.v1";

    private DecisionEvents() {
    }
}
