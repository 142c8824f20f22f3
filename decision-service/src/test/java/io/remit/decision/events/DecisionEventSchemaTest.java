package io.remit.decision.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.remit.decision.boundary.events.BoundaryChanged;
import io.remit.decision.escalation.events.EscalationEventData;
import io.remit.decision.evaluation.Quorum;
import io.remit.decision.decision.events.DecisionRecorded;
import io.remit.decision.decision.events.DecisionStatusChanged;
import io.remit.decision.escalation.events.EscalationEventData.Withdrawn;
import io.remit.decision.shared.DecisionStatus;
import io.remit.decision.escalation.domain.EscalationStatus;
import io.remit.decision.escalation.events.EscalationEventData.Acknowledged;
import io.remit.decision.escalation.events.EscalationEventData.DecisionSnapshot;
import io.remit.decision.escalation.events.EscalationEventData.Escalated;
import io.remit.decision.escalation.events.EscalationEventData.EscalationSnapshot;
import io.remit.decision.escalation.events.EscalationEventData.Resolved;
import io.remit.decision.escalation.events.EscalationEventData.Skip;
import io.remit.decision.evaluation.Money;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import io.remit.decision.evaluation.SkipReason;
import io.remit.decision.evaluation.Verdict;
import io.remit.platform.events.CloudEventWriter;
import io.remit.platform.events.EventsConfig;
import io.remit.platform.outbox.OutgoingEvent;
import io.remit.platform.testing.RepositoryFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas of decision-service's events: every example consumers feed themselves is valid against the schema
 * of its type and the examples tell one consistent story; the schemas follow the event records field by field,
 * accept what Jackson writes for them, and reject broken events.
 */
class DecisionEventSchemaTest {

    private static final List<String> PUBLISHED_TYPES = List.of(DecisionEvents.DECISION_RECORDED,
            DecisionEvents.DECISION_ESCALATED, DecisionEvents.ESCALATION_ACKNOWLEDGED,
            DecisionEvents.ESCALATION_RESOLVED, DecisionEvents.BOUNDARY_CHANGED, DecisionEvents.ESCALATION_VOTED,
            DecisionEvents.ESCALATION_WITHDRAWN, DecisionEvents.DECISION_STATUS_CHANGED);

    static Stream<String> examples() {
        return DecisionEventSchemas.examples().stream().map(file -> file.getFileName().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void shouldAcceptExampleAgainstTheSchemaOfItsType(String file) {
        JsonNode event = example(file);

        DecisionEventSchemas.forType(event.path("type").asText()).assertValid(event);
    }

    @Test
    void shouldHaveOneSchemaPerPublishedTypeAndAnExampleOfEach() {
        List<String> exampleTypes = examples().map(file -> example(file).path("type").asText()).distinct().toList();

        assertThat(DecisionEventSchemas.types()).containsExactlyInAnyOrderElementsOf(PUBLISHED_TYPES);
        assertThat(exampleTypes).containsExactlyInAnyOrderElementsOf(DecisionEventSchemas.types());
        for (String type : DecisionEventSchemas.types()) {
            assertThat(schemaJson(type).at("/properties/type/const").asText()).as("type const of %s", type)
                    .isEqualTo(type);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void shouldNameTheAggregateAsSubjectOfEachExample(String file) {
        JsonNode event = example(file);
        JsonNode data = event.path("data");

        String aggregate = switch (event.path("type").asText()) {
            case DecisionEvents.DECISION_RECORDED -> data.path("id").asText();
            case DecisionEvents.DECISION_ESCALATED -> data.at("/escalation/id").asText();
            case DecisionEvents.ESCALATION_ACKNOWLEDGED, DecisionEvents.ESCALATION_RESOLVED,
                    DecisionEvents.ESCALATION_VOTED, DecisionEvents.ESCALATION_WITHDRAWN ->
                    data.path("escalationId").asText();
            case DecisionEvents.DECISION_STATUS_CHANGED -> data.path("decisionId").asText();
            case DecisionEvents.BOUNDARY_CHANGED -> data.path("teamId").asText() + "/" + data.path("category").asText();
            default -> throw new AssertionError("unexpected type in " + file);
        };
        assertThat(event.path("subject").asText()).isEqualTo(aggregate);
    }

    /** Consumers' tests replay the examples as one escalation's life, so they must agree with each other. */
    @Test
    void shouldTellOneConsistentStoryAcrossExamples() {
        JsonNode boundary = example("boundary-changed.json").path("data");
        JsonNode withinRemit = example("decision-recorded-within-remit.json").path("data");
        JsonNode recorded = example("decision-recorded-escalated.json").path("data");
        JsonNode level1 = example("decision-escalated.json").path("data");
        JsonNode level2 = example("decision-escalated-level-2.json").path("data");
        JsonNode acknowledged = example("escalation-acknowledged.json").path("data");
        JsonNode resolved = example("escalation-resolved.json").path("data");
        JsonNode acknowledgedByDelegate = example("escalation-acknowledged-by-delegate.json").path("data");
        JsonNode resolvedByDelegate = example("escalation-resolved-by-delegate.json").path("data");
        JsonNode firstVote = example("escalation-voted.json").path("data");
        JsonNode completingVote = example("escalation-voted-completing.json").path("data");
        JsonNode withdrawn = example("escalation-withdrawn.json").path("data");
        JsonNode withdrawnSuperseded = example("escalation-withdrawn-superseded.json").path("data");
        JsonNode statusChanged = example("decision-status-changed.json").path("data");
        JsonNode statusChangedSuperseded = example("decision-status-changed-superseded.json").path("data");

        for (JsonNode decision : List.of(withinRemit, recorded)) {
            assertThat(decision.at("/boundary/id")).isEqualTo(boundary.path("boundaryId"));
            assertThat(decision.at("/boundary/version")).isEqualTo(boundary.path("version"));
        }
        assertThat(withinRemit.path("previousHash").isNull()).isTrue();
        assertThat(recorded.path("previousHash")).isEqualTo(withinRemit.path("hash"));
        for (JsonNode escalated : List.of(level1, level2)) {
            JsonNode snapshot = escalated.path("decision");
            snapshot.fieldNames().forEachRemaining(
                    field -> assertThat(snapshot.path(field)).as(field).isEqualTo(recorded.path(field)));
            assertThat(escalated.at("/escalation/reasons")).isEqualTo(recorded.path("reasons"));
        }
        assertThat(level2.at("/escalation/id")).isEqualTo(level1.at("/escalation/id"));
        assertThat(level2.at("/escalation/level").asInt()).isEqualTo(level1.at("/escalation/level").asInt() + 1);
        for (JsonNode step : List.of(acknowledged, resolved)) {
            assertThat(step.has("onBehalfOf")).as("an act in one's own right names no one else").isFalse();
        }
        assertThat(acknowledgedByDelegate.path("onBehalfOf")).isEqualTo(acknowledged.path("acknowledgedBy"));
        assertThat(resolvedByDelegate.path("onBehalfOf")).isEqualTo(resolved.path("resolvedBy"));
        assertThat(firstVote.at("/vote/by")).as("a second lead votes after the acknowledgement")
                .isNotEqualTo(acknowledged.path("acknowledgedBy"));
        assertThat(firstVote.path("dueAt")).isEqualTo(acknowledged.path("dueAt"));
        assertThat(firstVote.has("onBehalfOf") || firstVote.at("/vote").has("onBehalfOf")).isFalse();
        assertThat(firstVote.path("approvals").asInt()).isLessThan(firstVote.path("approvalsRequired").asInt());
        assertThat(completingVote.path("approvals")).isEqualTo(completingVote.path("approvalsRequired"));
        assertThat(completingVote.path("approvalsRequired")).isEqualTo(firstVote.path("approvalsRequired"));
        assertThat(completingVote.path("status").asText()).isEqualTo(resolvedByDelegate.path("outcome").asText());
        assertThat(completingVote.at("/vote/by")).as("the voter that completes the count resolves")
                .isEqualTo(resolvedByDelegate.path("resolvedBy"));
        assertThat(completingVote.at("/vote/onBehalfOf")).isEqualTo(resolvedByDelegate.path("onBehalfOf"));
        assertThat(completingVote.at("/vote/at")).isEqualTo(resolvedByDelegate.path("resolvedAt"));
        assertThat(completingVote.at("/vote/comment")).isEqualTo(resolvedByDelegate.path("comment"));
        assertThat(withdrawn.has("supersededBy")).isFalse();
        for (JsonNode change : List.of(statusChanged, statusChangedSuperseded)) {
            assertThat(change.path("decisionId")).isEqualTo(recorded.path("id"));
            assertThat(change.path("teamId")).isEqualTo(recorded.path("teamId"));
            assertThat(change.path("category")).isEqualTo(recorded.path("category"));
            assertThat(change.path("escalationId")).isEqualTo(level2.at("/escalation/id"));
        }
        assertThat(recorded.path("status").asText()).isEqualTo(statusChanged.path("from").asText());
        assertThat(statusChanged.path("reason")).isEqualTo(withdrawn.path("reason"));
        assertThat(statusChanged.path("at")).isEqualTo(withdrawn.path("withdrawnAt"));
        assertThat(statusChanged.path("by")).isEqualTo(withdrawn.path("withdrawnBy"));
        assertThat(statusChangedSuperseded.path("supersededBy")).isEqualTo(withdrawnSuperseded.path("supersededBy"));
        assertThat(withdrawnSuperseded.path("reason").asText())
                .isEqualTo("superseded by " + withdrawnSuperseded.path("supersededBy").asText());
        for (JsonNode step : List.of(acknowledged, resolved, acknowledgedByDelegate, resolvedByDelegate, firstVote,
                completingVote, withdrawn, withdrawnSuperseded)) {
            assertThat(step.path("escalationId")).isEqualTo(level2.at("/escalation/id"));
            assertThat(step.path("decisionId")).isEqualTo(recorded.path("id"));
            assertThat(step.path("teamId")).isEqualTo(recorded.path("teamId"));
            assertThat(step.path("targetTeamId")).isEqualTo(level2.at("/escalation/targetTeamId"));
            assertThat(step.path("level")).isEqualTo(level2.at("/escalation/level"));
        }
    }

    /** Fields added to v1 types later and absent when they do not apply, so never required. */
    private static final List<String> OPTIONAL_FIELDS = List.of("onBehalfOf", "approvals", "supersedes",
            "supersededBy");

    /**
     * Fields added to a published v1 type after its first release: always written, but optional in the schema, since
     * events written before them lack them.
     */
    private static final Map<Class<? extends Record>, List<String>> OPTIONAL_IN_SCHEMA = Map.of(
            EscalationSnapshot.class, List.of("skipped"), DecisionRecorded.class, List.of("status", "imported"));

    /**
     * Optional fields added to a published v1 type's schema after its first release, absent when they do not apply:
     * never required, and declared in the schema whether or not the record writes them yet.
     */
    private static final Map<Class<? extends Record>, List<String>> ADDED_OPTIONAL = Map.of(
            DecisionRecorded.class, List.of("supersedes"), DecisionStatusChanged.class, List.of("escalationId"));

    /** A field added to or removed from an event record must show up in its schema, or this fails. */
    @Test
    void shouldRequireEveryFieldOfTheEventRecords() {
        Map<String, Map<String, Class<? extends Record>>> objectsPerType = Map.of(
                DecisionEvents.DECISION_RECORDED, Map.of(
                        "/$defs/decisionRecorded", DecisionRecorded.class,
                        "/$defs/boundaryRef", DecisionRecorded.BoundaryRef.class,
                        "/$defs/money", EventMoney.class),
                DecisionEvents.DECISION_ESCALATED, Map.of(
                        "/properties/data", Escalated.class,
                        "/$defs/decisionSnapshot", DecisionSnapshot.class,
                        "/$defs/escalationSnapshot", EscalationSnapshot.class,
                        "/$defs/skippedTeam", Skip.class,
                        "/$defs/money", EventMoney.class),
                DecisionEvents.ESCALATION_ACKNOWLEDGED, Map.of("/properties/data", Acknowledged.class),
                DecisionEvents.ESCALATION_RESOLVED, Map.of("/properties/data", Resolved.class),
                DecisionEvents.ESCALATION_WITHDRAWN, Map.of("/properties/data", Withdrawn.class),
                DecisionEvents.DECISION_STATUS_CHANGED, Map.of("/properties/data", DecisionStatusChanged.class),
                DecisionEvents.BOUNDARY_CHANGED, Map.of(
                        "/properties/data", BoundaryChanged.class,
                        "/$defs/money", EventMoney.class));

        objectsPerType.forEach((type, objects) -> objects.forEach((pointer, record) -> {
            JsonNode object = schemaJson(type).at(pointer);
            List<String> fields = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
            List<String> required = new ArrayList<>(OPTIONAL_IN_SCHEMA.getOrDefault(record, List.of()));
            object.path("required").forEach(name -> required.add(name.asText()));
            List<String> properties = new ArrayList<>();
            object.path("properties").fieldNames().forEachRemaining(properties::add);

            List<String> added = ADDED_OPTIONAL.getOrDefault(record, List.of());
            List<String> mandatory = fields.stream()
                    .filter(f -> !OPTIONAL_FIELDS.contains(f) && !added.contains(f)).toList();
            List<String> declared = Stream.concat(fields.stream(), added.stream()).distinct().toList();

            assertThat(required).as("required of %s in %s", pointer, type)
                    .containsExactlyInAnyOrderElementsOf(mandatory);
            assertThat(properties).as("properties of %s in %s", pointer, type)
                    .containsExactlyInAnyOrderElementsOf(declared);
        }));
    }

    /**
     * What the producer actually writes: the records through Jackson (as Quarkus configures it) and the envelope,
     * with the type and subject each event gives itself; and each event's key, which orders it on the topic.
     */
    @Test
    void shouldAcceptTheEventsWrittenFromTheRecords() throws Exception {
        Instant at = Instant.parse("2026-11-23T10:15:30.123456Z");
        String decisionId = UUID.randomUUID().toString();
        String escalationId = UUID.randomUUID().toString();
        String boundaryId = UUID.randomUUID().toString();
        String hash = "ab".repeat(32);
        EventMoney budget = EventMoney.of(Money.of("50000.0000", "EUR"));
        List<String> reasons = List.of("budget 50000 EUR exceeds 20000 EUR");
        CloudEventWriter writer = cloudEventWriter();

        record Expected(OutgoingEvent event, String type, String key, String subject) {
        }
        Map<String, Expected> events = new TreeMap<>();
        events.put("recorded, escalated", new Expected(
                new DecisionRecorded(decisionId, "payments", "spend", "Switch card processor", "Lower fees", budget,
                        Risk.HIGH, Scope.CROSS_TEAM, false, "bob", at, "adr-bot", at, "adr-bot", "ADR-0042",
                        Verdict.ESCALATED, reasons, new DecisionRecorded.BoundaryRef(boundaryId, "spend", 2),
                        hash, hash, DecisionStatus.PENDING, false, decisionId),
                DecisionEvents.DECISION_RECORDED, decisionId, decisionId));
        events.put("recorded, root within remit", new Expected(
                new DecisionRecorded(decisionId, "acme", "spend", "Open an office", null, null, Risk.CRITICAL,
                        Scope.ORGANISATION, true, "ceo", at, "ceo", at, null, null, Verdict.WITHIN_REMIT, List.of(),
                        null, hash, null, DecisionStatus.IN_EFFECT, false, null),
                DecisionEvents.DECISION_RECORDED, decisionId, decisionId));
        events.put("escalated", new Expected(
                new Escalated(new DecisionSnapshot(decisionId, "payments", "spend", "Switch card processor",
                        EventMoney.of(Money.of("12.50", "EUR")), Risk.HIGH, Scope.TEAM, true, "bob", at),
                        new EscalationSnapshot(escalationId, 1, "finance", reasons, at, EscalationStatus.OPEN,
                                List.of(new Skip("payments-eng", SkipReason.NOT_COVERED,
                                        "budget 50000 EUR exceeds 20000 EUR; risk HIGH exceeds MEDIUM")))),
                DecisionEvents.DECISION_ESCALATED, decisionId, escalationId));
        events.put("acknowledged", new Expected(
                new Acknowledged(escalationId, decisionId, "payments", "finance", 1, "dana", at, at, null),
                DecisionEvents.ESCALATION_ACKNOWLEDGED, decisionId, escalationId));
        events.put("acknowledged by a delegate", new Expected(
                new Acknowledged(escalationId, decisionId, "payments", "finance", 1, "dave", at, at, "dana"),
                DecisionEvents.ESCALATION_ACKNOWLEDGED, decisionId, escalationId));
        events.put("resolved", new Expected(
                new Resolved(escalationId, decisionId, "payments", "finance", 1, EscalationStatus.REJECTED,
                        "Not this quarter", "dana", at, null),
                DecisionEvents.ESCALATION_RESOLVED, decisionId, escalationId));
        events.put("resolved by a delegate", new Expected(
                new Resolved(escalationId, decisionId, "payments", "finance", 1, EscalationStatus.APPROVED,
                        "Fits the quarter", "dave", at, "dana"),
                DecisionEvents.ESCALATION_RESOLVED, decisionId, escalationId));
        events.put("withdrawn", new Expected(
                new Withdrawn(escalationId, decisionId, "payments", "finance", 1, "The vendor withdrew its offer",
                        "bob", at, null, null),
                DecisionEvents.ESCALATION_WITHDRAWN, decisionId, escalationId));
        events.put("withdrawn, superseded", new Expected(
                new Withdrawn(escalationId, decisionId, "payments", "finance", 1, "superseded by decision x",
                        "remit", at, null, boundaryId),
                DecisionEvents.ESCALATION_WITHDRAWN, decisionId, escalationId));
        events.put("status changed", new Expected(
                new DecisionStatusChanged(decisionId, "payments", "spend", DecisionStatus.PENDING,
                        DecisionStatus.IN_EFFECT, at, "dave", "dana", "Fits the quarter", escalationId, null,
                        boundaryId),
                DecisionEvents.DECISION_STATUS_CHANGED, decisionId, decisionId));
        events.put("boundary changed", new Expected(
                new BoundaryChanged(boundaryId, "payments", "spend", 1, null, Risk.MEDIUM, Scope.TEAM, false, at,
                        null, "Quarterly budget review", "gina", at, null),
                DecisionEvents.BOUNDARY_CHANGED, "payments", "payments/spend"));
        events.put("boundary changed with approval rules", new Expected(
                new BoundaryChanged(boundaryId, "finance", "spend", 2, null, Risk.HIGH, Scope.ORGANISATION, true, at,
                        null, "Two approvers for risky spend", "gina", at, List.of(
                                new BoundaryChanged.ApprovalRule(null, Risk.HIGH, null, 2),
                                new BoundaryChanged.ApprovalRule(null, null, true, 3))),
                DecisionEvents.BOUNDARY_CHANGED, "finance", "finance/spend"));
        events.put("voted", new Expected(
                new EscalationEventData.Voted(escalationId, decisionId, "payments", "finance", 1,
                        new EscalationEventData.VoteData("dave", "dana", Quorum.Outcome.APPROVED, at, null,
                                "delegate of dana in finance through delegation d-1", false), 1, 2,
                        EscalationStatus.ACKNOWLEDGED, at),
                DecisionEvents.ESCALATION_VOTED, decisionId, escalationId));

        events.forEach((name, expected) -> {
            OutgoingEvent event = expected.event();
            assertThat(List.of(event.topic(), event.type(), event.key(), event.subject())).as(name)
                    .containsExactly(DecisionEvents.TOPIC, expected.type(), expected.key(), expected.subject());
            String json = writer.write(UUID.randomUUID().toString(), event.type(), event.subject(), Instant.now(),
                    event.data());
            assertThatCode(() -> DecisionEventSchemas.assertValid(json)).as(name).doesNotThrowAnyException();
            if (name.startsWith("acknowledged") || name.startsWith("resolved")) {
                assertThat(json.contains("\"onBehalfOf\"")).as("%s names onBehalfOf only for a delegate", name)
                        .isEqualTo(name.endsWith("by a delegate"));
            }
        });
    }

    record Breakage(String name, String file, Consumer<ObjectNode> change, String reported) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Breakage> brokenEvents() {
        return Stream.of(
                new Breakage("recorded without hash", "decision-recorded-escalated.json",
                        e -> data(e).remove("hash"), "'hash'"),
                new Breakage("recorded omitting a null field", "decision-recorded-within-remit.json",
                        e -> data(e).remove("externalRef"), "'externalRef'"),
                new Breakage("recorded with upper-case previousHash", "decision-recorded-escalated.json",
                        e -> data(e).put("previousHash", data(e).path("previousHash").asText().toUpperCase()),
                        "/data/previousHash"),
                new Breakage("recorded with a 63-digit hash", "decision-recorded-escalated.json",
                        e -> data(e).put("hash", data(e).path("hash").asText().substring(1)), "/data/hash:"),
                new Breakage("recorded with unknown verdict", "decision-recorded-escalated.json",
                        e -> data(e).put("verdict", "REFUSED"), "/data/verdict"),
                new Breakage("recorded within remit but with reasons", "decision-recorded-escalated.json",
                        e -> data(e).put("verdict", "WITHIN_REMIT"), "/data/reasons"),
                new Breakage("recorded escalated without reasons", "decision-recorded-escalated.json",
                        e -> data(e).putArray("reasons"), "/data/reasons"),
                new Breakage("recorded with amount as string", "decision-recorded-escalated.json",
                        e -> ((ObjectNode) data(e).path("budget")).put("amount", "50000"), "/data/budget"),
                new Breakage("recorded with negative amount", "decision-recorded-escalated.json",
                        e -> ((ObjectNode) data(e).path("budget")).put("amount", -1), "/data/budget"),
                new Breakage("recorded with lower-case currency", "decision-recorded-within-remit.json",
                        e -> ((ObjectNode) data(e).path("budget")).put("currency", "eur"), "/data/budget"),
                new Breakage("escalated with unknown status", "decision-escalated.json",
                        e -> ((ObjectNode) data(e).path("escalation")).put("status", "CLOSED"),
                        "/data/escalation/status"),
                new Breakage("escalated at level 0", "decision-escalated.json",
                        e -> ((ObjectNode) data(e).path("escalation")).put("level", 0), "/data/escalation/level"),
                new Breakage("escalated without reasons", "decision-escalated-level-2.json",
                        e -> ((ObjectNode) data(e).path("escalation")).putArray("reasons"),
                        "/data/escalation/reasons"),
                new Breakage("escalated without decidedAt", "decision-escalated.json",
                        e -> ((ObjectNode) data(e).path("decision")).remove("decidedAt"), "'decidedAt'"),
                new Breakage("escalated with unknown risk", "decision-escalated.json",
                        e -> ((ObjectNode) data(e).path("decision")).put("risk", "EXTREME"), "/data/decision/risk"),
                new Breakage("escalated skipping a team for an unknown reason",
                        "decision-escalated-skipping-teams.json",
                        e -> ((ObjectNode) data(e).at("/escalation/skipped/0")).put("reason", "BUSY"),
                        "/data/escalation/skipped/0/reason"),
                new Breakage("escalated skipping a team without saying why",
                        "decision-escalated-skipping-teams.json",
                        e -> ((ObjectNode) data(e).at("/escalation/skipped/1")).remove("detail"), "'detail'"),
                new Breakage("escalated to a team id that is no slug", "decision-escalated.json",
                        e -> ((ObjectNode) data(e).path("escalation")).put("targetTeamId", "Finance"),
                        "/data/escalation/targetTeamId"),
                new Breakage("acknowledged with the type of another event", "escalation-acknowledged.json",
                        e -> e.put("type", DecisionEvents.ESCALATION_RESOLVED), "/type:"),
                new Breakage("acknowledged by nobody", "escalation-acknowledged.json",
                        e -> data(e).putNull("acknowledgedBy"), "/data/acknowledgedBy"),
                new Breakage("acknowledged on behalf of nobody", "escalation-acknowledged-by-delegate.json",
                        e -> data(e).putNull("onBehalfOf"), "/data/onBehalfOf"),
                new Breakage("resolved on behalf of an empty name", "escalation-resolved-by-delegate.json",
                        e -> data(e).put("onBehalfOf", ""), "/data/onBehalfOf"),
                new Breakage("resolved as OPEN", "escalation-resolved.json",
                        e -> data(e).put("outcome", "OPEN"), "/data/outcome"),
                new Breakage("resolved with a blank comment", "escalation-resolved.json",
                        e -> data(e).put("comment", "   "), "/data/comment"),
                new Breakage("resolved from another service", "escalation-resolved.json",
                        e -> e.put("source", "/remit/team-service"), "/source:"),
                new Breakage("boundary without maxRisk", "boundary-changed.json",
                        e -> data(e).putNull("maxRisk"), "/data/maxRisk"),
                new Breakage("boundary with a subject that is only the team", "boundary-changed.json",
                        e -> e.put("subject", "payments"), "/subject:"),
                new Breakage("boundary valid from a time not in UTC", "boundary-changed.json",
                        e -> data(e).put("validFrom", "2026-11-20T10:00:00+01:00"), "/data/validFrom"),
                new Breakage("boundary changed at no date-time", "boundary-changed-no-budget.json",
                        e -> data(e).put("changedAt", "yesterday"), "/data/changedAt"),
                new Breakage("event id that is no UUID", "decision-recorded-within-remit.json",
                        e -> e.put("id", "42"), "/id:"),
                new Breakage("event of CloudEvents 0.3", "decision-escalated.json",
                        e -> e.put("specversion", "0.3"), "/specversion:"),
                new Breakage("event without data", "escalation-acknowledged.json",
                        e -> e.remove("data"), "'data'"),
                new Breakage("recorded with an unknown status", "decision-recorded-escalated.json",
                        e -> data(e).put("status", "ESCALATED"), "/data/status"),
                new Breakage("recorded with a null status", "decision-recorded-within-remit.json",
                        e -> data(e).putNull("status"), "/data/status"),
                new Breakage("recorded as imported in words", "decision-recorded-within-remit.json",
                        e -> data(e).put("imported", "yes"), "/data/imported"),
                new Breakage("recorded superseding no UUID", "decision-recorded-within-remit.json",
                        e -> data(e).put("supersedes", "ADR-0041"), "/data/supersedes"),
                new Breakage("voted without a vote", "escalation-voted.json",
                        e -> data(e).remove("vote"), "'vote'"),
                new Breakage("voted without a basis", "escalation-voted.json",
                        e -> ((ObjectNode) data(e).path("vote")).remove("basis"), "'basis'"),
                new Breakage("voted without saying whether carried", "escalation-voted.json",
                        e -> ((ObjectNode) data(e).path("vote")).remove("carried"), "'carried'"),
                new Breakage("voted to abstain", "escalation-voted.json",
                        e -> ((ObjectNode) data(e).path("vote")).put("outcome", "ABSTAINED"), "/data/vote/outcome"),
                new Breakage("voted with a blank comment", "escalation-voted.json",
                        e -> ((ObjectNode) data(e).path("vote")).put("comment", " "), "/data/vote/comment"),
                new Breakage("voted on behalf of nobody", "escalation-voted-completing.json",
                        e -> ((ObjectNode) data(e).path("vote")).putNull("onBehalfOf"), "/data/vote/onBehalfOf"),
                new Breakage("voted requiring no approvals", "escalation-voted.json",
                        e -> data(e).put("approvalsRequired", 0), "/data/approvalsRequired"),
                new Breakage("voted leaving the escalation WITHDRAWN", "escalation-voted.json",
                        e -> data(e).put("status", "WITHDRAWN"), "/data/status"),
                new Breakage("rejecting vote that leaves the escalation open", "escalation-voted.json",
                        e -> ((ObjectNode) data(e).path("vote")).put("outcome", "REJECTED"), "/data/status"),
                new Breakage("voted without a deadline", "escalation-voted-completing.json",
                        e -> data(e).remove("dueAt"), "'dueAt'"),
                new Breakage("withdrawn without a reason", "escalation-withdrawn.json",
                        e -> data(e).remove("reason"), "'reason'"),
                new Breakage("withdrawn by nobody", "escalation-withdrawn.json",
                        e -> data(e).put("withdrawnBy", ""), "/data/withdrawnBy"),
                new Breakage("withdrawn, superseded by no UUID", "escalation-withdrawn-superseded.json",
                        e -> data(e).put("supersededBy", "the new one"), "/data/supersededBy"),
                new Breakage("withdrawn, superseded by null", "escalation-withdrawn-superseded.json",
                        e -> data(e).putNull("supersededBy"), "/data/supersededBy"),
                new Breakage("status changed to an escalation status", "decision-status-changed.json",
                        e -> data(e).put("to", "ACKNOWLEDGED"), "/data/to"),
                new Breakage("status changed from nothing", "decision-status-changed.json",
                        e -> data(e).remove("from"), "'from'"),
                new Breakage("withdrawn decision without a reason", "decision-status-changed.json",
                        e -> data(e).remove("reason"), "'reason'"),
                new Breakage("superseded decision without its successor", "decision-status-changed-superseded.json",
                        e -> data(e).remove("supersededBy"), "'supersededBy'"),
                new Breakage("status changed with the subject of its escalation", "decision-status-changed.json",
                        e -> e.put("subject", "not-a-uuid"), "/subject:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenEvents")
    void shouldRejectBrokenEvent(Breakage breakage) {
        ObjectNode event = example(breakage.file());
        String type = event.path("type").asText();
        breakage.change().accept(event);

        assertThatThrownBy(() -> DecisionEventSchemas.forType(type).assertValid(event))
                .isInstanceOf(AssertionError.class)
                .satisfies(e -> assertThat(violationsOf(e)).contains(breakage.reported()));
    }

    @Test
    void shouldAcceptUnknownFieldsForConsumersToIgnore() {
        for (String file : examples().toList()) {
            ObjectNode event = example(file);
            event.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
            data(event).put("addedInALaterRelease", true);

            DecisionEventSchemas.forType(event.path("type").asText()).assertValid(event);
        }
    }

    @Test
    void shouldRefuseTypesWithoutSchema() {
        assertThatThrownBy(() -> DecisionEventSchemas.forType("remit.decision.deleted.v1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(DecisionEvents.DECISION_RECORDED);
        assertThatThrownBy(() -> DecisionEventSchemas.forType("../../pom.xml"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The first line of EventSchema's message lists the violations; the event itself follows. */
    private static String violationsOf(Throwable error) {
        return error.getMessage().lines().findFirst().orElseThrow();
    }

    private static ObjectNode example(String file) {
        return (ObjectNode) DecisionEventSchemas.read(DecisionEventSchemas.example(file));
    }

    private static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.path("data");
    }

    private static JsonNode schemaJson(String type) {
        try {
            Path file = RepositoryFiles.find(DecisionEventSchemas.DIRECTORY + "/" + type + ".json");
            return DecisionEventSchemas.read(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The platform's writer as the outbox uses it, with an ObjectMapper configured the way Quarkus does. */
    private static CloudEventWriter cloudEventWriter() throws ReflectiveOperationException {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
        EventsConfig config = () -> "/remit/decision-service";
        Constructor<CloudEventWriter> constructor =
                CloudEventWriter.class.getDeclaredConstructor(ObjectMapper.class, EventsConfig.class);
        constructor.setAccessible(true);
        return constructor.newInstance(mapper, config);
    }
}
