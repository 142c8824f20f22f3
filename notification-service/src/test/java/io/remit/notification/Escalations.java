package io.remit.notification;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.remit.notification.escalation.events.DecisionEventsConsumer;
import io.remit.platform.testing.Channels;
import io.remit.platform.testing.EventSchema;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** decision-service's escalation events, built from its shipped examples and checked against its schemas. */
public final class Escalations {

    private static final Map<String, EventSchema> SCHEMAS = new ConcurrentHashMap<>();

    private Escalations() {
    }

    /** A decision.escalated event for a new escalation of a decision by a team, to a target, due at a time. */
    public static ObjectNode escalated(String escalationId, String decisionId, String decidingTeam, int level,
            String target, Instant dueAt) {
        ObjectNode event = Fixtures.decisionExample("decision-escalated.json");
        event.put("id", UUID.randomUUID().toString()).put("subject", escalationId)
                .put("time", Instant.now().toString());
        ObjectNode data = (ObjectNode) event.get("data");
        ((ObjectNode) data.get("decision")).put("id", decisionId).put("teamId", decidingTeam);
        ((ObjectNode) data.get("escalation")).put("id", escalationId).put("level", level).put("targetTeamId", target)
                .put("dueAt", dueAt.toString()).put("status", "OPEN");
        assertValid(event);
        return event;
    }

    public static ObjectNode acknowledged(String escalationId, String decisionId, String decidingTeam, int level,
            String target, String by, Instant dueAt) {
        ObjectNode event = Fixtures.decisionExample("escalation-acknowledged.json");
        event.put("id", UUID.randomUUID().toString()).put("subject", escalationId)
                .put("time", Instant.now().toString());
        ((ObjectNode) event.get("data")).put("escalationId", escalationId).put("decisionId", decisionId)
                .put("teamId", decidingTeam).put("targetTeamId", target).put("level", level)
                .put("acknowledgedBy", by).put("acknowledgedAt", Instant.now().toString())
                .put("dueAt", dueAt.toString());
        assertValid(event);
        return event;
    }

    public static ObjectNode resolved(String escalationId, String decisionId, String decidingTeam, int level,
            String target, String outcome, String by) {
        ObjectNode event = Fixtures.decisionExample("escalation-resolved.json");
        event.put("id", UUID.randomUUID().toString()).put("subject", escalationId)
                .put("time", Instant.now().toString());
        ((ObjectNode) event.get("data")).put("escalationId", escalationId).put("decisionId", decisionId)
                .put("teamId", decidingTeam).put("targetTeamId", target).put("level", level)
                .put("outcome", outcome).put("resolvedBy", by).put("resolvedAt", Instant.now().toString());
        assertValid(event);
        return event;
    }

    /**
     * A vote, from decision-service's example {@code file} (escalation-voted.json: a first approval of two;
     * escalation-voted-completing.json: a delegate's approval that completes the count), on this escalation's level.
     */
    public static ObjectNode voted(String file, String escalationId, String decisionId, String decidingTeam,
            int level, String target) {
        ObjectNode event = ofEscalation(file, escalationId, decisionId, decidingTeam, level, target);
        ((ObjectNode) event.get("data").get("vote")).put("at", Instant.now().toString());
        assertValid(event);
        return event;
    }

    /** The vote of an event built by {@link #voted}, cast by someone else. */
    public static ObjectNode by(ObjectNode voted, String voter) {
        ((ObjectNode) voted.get("data").get("vote")).put("by", voter);
        assertValid(voted);
        return voted;
    }

    /**
     * A withdrawal, from decision-service's example {@code file} (escalation-withdrawn.json, or
     * escalation-withdrawn-superseded.json naming the successor), of this escalation's level.
     */
    public static ObjectNode withdrawn(String file, String escalationId, String decisionId, String decidingTeam,
            int level, String target) {
        ObjectNode event = ofEscalation(file, escalationId, decisionId, decidingTeam, level, target);
        ((ObjectNode) event.get("data")).put("withdrawnAt", Instant.now().toString());
        assertValid(event);
        return event;
    }

    /**
     * A decision's status change, from decision-service's example {@code file} (decision-status-changed.json:
     * PENDING to WITHDRAWN; decision-status-changed-superseded.json: IN_EFFECT to SUPERSEDED), naming the escalation
     * when {@code escalationId} is not null.
     */
    public static ObjectNode statusChanged(String file, String decisionId, String decidingTeam, String escalationId) {
        ObjectNode event = Fixtures.decisionExample(file);
        event.put("id", UUID.randomUUID().toString()).put("subject", decisionId)
                .put("time", Instant.now().toString());
        ObjectNode data = ((ObjectNode) event.get("data")).put("decisionId", decisionId).put("teamId", decidingTeam)
                .put("at", Instant.now().toString());
        if (escalationId == null) {
            data.remove("escalationId");
        } else {
            data.put("escalationId", escalationId);
        }
        assertValid(event);
        return event;
    }

    private static ObjectNode ofEscalation(String file, String escalationId, String decisionId, String decidingTeam,
            int level, String target) {
        ObjectNode event = Fixtures.decisionExample(file);
        event.put("id", UUID.randomUUID().toString()).put("subject", escalationId)
                .put("time", Instant.now().toString());
        ((ObjectNode) event.get("data")).put("escalationId", escalationId).put("decisionId", decisionId)
                .put("teamId", decidingTeam).put("targetTeamId", target).put("level", level);
        return event;
    }

    /** The event as a delegate's act: acknowledged or resolved on behalf of a lead (optional field of v1). */
    public static ObjectNode onBehalfOf(ObjectNode event, String lead) {
        ((ObjectNode) event.get("data")).put("onBehalfOf", lead);
        assertValid(event);
        return event;
    }

    /** The decision.escalated event's decision in another category. */
    public static ObjectNode inCategory(ObjectNode escalated, String category) {
        ((ObjectNode) escalated.get("data").get("decision")).put("category", category);
        assertValid(escalated);
        return escalated;
    }

    /** A team the decision.escalated event's routing level passed over (optional field of v1). */
    public static ObjectNode skipping(ObjectNode escalated, String teamId, String reason, String detail) {
        ObjectNode escalation = (ObjectNode) escalated.get("data").get("escalation");
        ArrayNode list = escalation.has("skipped") ? (ArrayNode) escalation.get("skipped")
                : escalation.putArray("skipped");
        ObjectNode skipped = list.addObject().put("teamId", teamId).put("reason", reason);
        if (detail != null) {
            skipped.put("detail", detail);
        }
        assertValid(escalated);
        return escalated;
    }

    public static void publish(ObjectNode event, String decisionId) {
        Fixtures.send(Channels.topicOf(DecisionEventsConsumer.CHANNEL), decisionId, event.toString());
    }

    /** Checks an event against decision-service's schema for its type. */
    public static void assertValid(ObjectNode event) {
        SCHEMAS.computeIfAbsent(event.get("type").asText(),
                type -> EventSchema.load("decision-service/src/main/resources/schemas/" + type + ".json"))
                .assertValid(event);
    }
}
