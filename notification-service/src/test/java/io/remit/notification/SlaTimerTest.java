package io.remit.notification;

import static io.remit.notification.Fixtures.as;
import static io.remit.notification.Fixtures.root;
import static io.remit.notification.Fixtures.team;
import static io.remit.notification.Fixtures.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.notification.sla.domain.SlaTimer;
import io.remit.notification.sla.domain.TimerState;
import io.remit.notification.sla.service.SlaBreaches;
import io.remit.notification.sla.service.SlaTimers;
import io.remit.platform.testing.EventSchema;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.TopicReader;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Deadlines fire at their dueAt, once per level, survive as rows, and stop or move on as the escalation does. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class SlaTimerTest {

    static final EventSchema BREACH_SCHEMA =
            EventSchema.load("notification-service/src/main/resources/schemas/remit.escalation.sla-breached.v1.json");

    @Inject
    SlaBreaches breaches;

    @Inject
    SlaTimers timers;

    @Inject
    EntityManager entityManager;

    @Test
    void shouldPublishOneBreachPerLevelWhenTheDeadlinePasses() {
        String root = root(uniqueId("root")).publish();
        String department = team(uniqueId("dept"), root).lead(uniqueId("dana")).publish();
        String escalation = UUID.randomUUID().toString();
        String decision = UUID.randomUUID().toString();
        Instant dueAt = Instant.now().plusSeconds(2);

        Escalations.publish(Escalations.escalated(escalation, decision, "payments", 1, department, dueAt), decision);

        List<JsonNode> found = breachesOf(escalation, 1, Duration.ofSeconds(20));
        assertThat(found).hasSize(1);
        JsonNode breach = found.get(0);
        BREACH_SCHEMA.assertValid(breach);
        assertThat(breach.at("/data/level").asInt()).isEqualTo(1);
        assertThat(breach.at("/data/targetTeamId").asText()).isEqualTo(department);
        assertThat(breach.at("/data/atRoot").asBoolean()).isFalse();
        Instant breachedAt = Instant.parse(breach.at("/data/breachedAt").asText());
        assertThat(breachedAt).isBetween(dueAt, dueAt.plusSeconds(3));

        // Nothing more for this level, however long it waits.
        assertThat(breachesOf(escalation, 2, Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void shouldNotBreachWhenAcknowledgedOrResolvedInTime() {
        String root = root(uniqueId("root")).publish();
        String department = team(uniqueId("dept"), root).lead(uniqueId("dana")).publish();
        String acknowledged = UUID.randomUUID().toString();
        String resolved = UUID.randomUUID().toString();
        String decision = UUID.randomUUID().toString();
        Instant dueAt = Instant.now().plusSeconds(2);

        Escalations.publish(Escalations.escalated(acknowledged, decision, "payments", 1, department, dueAt), decision);
        Escalations.publish(Escalations.acknowledged(acknowledged, decision, "payments", 1, department, "dana",
                Instant.now().plus(Duration.ofHours(1))), decision);
        String other = UUID.randomUUID().toString();
        Escalations.publish(Escalations.escalated(resolved, other, "payments", 1, department, dueAt), other);
        Escalations.publish(Escalations.resolved(resolved, other, "payments", 1, department, "APPROVED", "dana"),
                other);

        assertThat(breachesOf(acknowledged, 1, Duration.ofSeconds(5))).isEmpty();
        assertThat(breachesOf(resolved, 1, Duration.ofSeconds(1))).isEmpty();
        assertThat(timer(acknowledged).dueAt).isAfter(Instant.now().plus(Duration.ofMinutes(59)));
        assertThat(timer(resolved).state).isEqualTo(TimerState.STOPPED);
    }

    @Test
    void shouldArmAFiredDeadlineAgainWhenAnAcknowledgementWithALaterDeadlineArrives() {
        String department = team(uniqueId("dept"), root(uniqueId("root")).publish()).publish();
        String decision = UUID.randomUUID().toString();
        String escalation = firedAtLevelOne(decision, department, Instant.now().plusSeconds(1));

        // The acknowledgement crossed the breach: decision-service ignores that breach, so this deadline counts.
        Instant acknowledgedDeadline = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MICROS);
        Escalations.publish(Escalations.acknowledged(escalation, decision, "payments", 1, department, "dana",
                acknowledgedDeadline), decision);

        List<JsonNode> found = breachesOf(escalation, 2, Duration.ofSeconds(20));
        assertThat(found).hasSize(2);
        assertThat(Instant.parse(found.get(1).at("/data/dueAt").asText())).isEqualTo(acknowledgedDeadline);
        assertThat(found.get(1).at("/data/level").asInt()).isEqualTo(1);
    }

    @Test
    void shouldKeepAFiredDeadlineFiredWhenAnAcknowledgementCarriesNoLaterDeadline() {
        String department = team(uniqueId("dept"), root(uniqueId("root")).publish()).publish();
        String decision = UUID.randomUUID().toString();
        Instant dueAt = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MICROS);
        String escalation = firedAtLevelOne(decision, department, dueAt);

        Escalations.publish(Escalations.acknowledged(escalation, decision, "payments", 1, department, "dana",
                dueAt), decision);

        assertThat(breachesOf(escalation, 2, Duration.ofSeconds(4))).hasSize(1);
        assertThat(timer(escalation).state).isEqualTo(TimerState.FIRED);
    }

    @Test
    void shouldRemindRootLeadsAndRenewTheDeadlineAtTheRoot() {
        String rootLead = uniqueId("rory");
        String root = root(uniqueId("root")).lead(rootLead).sla("PT2S").publish();
        String escalation = UUID.randomUUID().toString();
        String decision = UUID.randomUUID().toString();

        Escalations.publish(Escalations.escalated(escalation, decision, "payments", 1, root,
                Instant.now().plusSeconds(1)), decision);

        List<JsonNode> found = breachesOf(escalation, 2, Duration.ofSeconds(20));
        assertThat(found).hasSize(2);
        found.forEach(BREACH_SCHEMA::assertValid);
        assertThat(found).allMatch(b -> b.at("/data/atRoot").asBoolean() && b.at("/data/level").asInt() == 1);
        // The next period starts where the missed one ended, which decision-service computes the same way.
        assertThat(Instant.parse(found.get(1).at("/data/dueAt").asText()))
                .isEqualTo(Instant.parse(found.get(0).at("/data/dueAt").asText()).plusSeconds(2));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> as(rootLead).queryParam("escalationId", escalation)
                .get("/notifications").then().body("kind", org.hamcrest.Matchers.anything())
                .body("items.kind", hasItem("REMINDER")));
    }

    @Test
    void shouldFireADeadlineOnceEvenWhenTwoInstancesRaceForIt() throws Exception {
        String escalation = UUID.randomUUID().toString();
        String root = root(uniqueId("root")).publish();
        String department = team(uniqueId("dept"), root).publish();
        QuarkusTransaction.requiringNew().run(() -> timers.arm(escalation, 1, department,
                Instant.now().minusSeconds(1)));
        SlaTimer due = timer(escalation);

        var first = CompletableFuture.supplyAsync(() -> race(due));
        var second = CompletableFuture.supplyAsync(() -> race(due));

        assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
        assertThat(breachesOf(escalation, 1, Duration.ofSeconds(10))).hasSize(1);
    }

    /** A new escalation of the decision whose level-1 deadline has passed and fired its breach. */
    private String firedAtLevelOne(String decision, String target, Instant dueAt) {
        String escalation = UUID.randomUUID().toString();
        Escalations.publish(Escalations.escalated(escalation, decision, "payments", 1, target, dueAt), decision);
        assertThat(breachesOf(escalation, 1, Duration.ofSeconds(20))).hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> timer(escalation).state == TimerState.FIRED);
        return escalation;
    }

    /** One instance's attempt; losing the race may also show as a failed commit, which fires nothing either. */
    private boolean race(SlaTimer due) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> breaches.fire(due));
        } catch (RuntimeException lostTheRace) {
            return false;
        }
    }

    private SlaTimer timer(String escalationId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.find(SlaTimer.class, escalationId));
    }

    private static List<JsonNode> breachesOf(String escalationId, int atLeast, Duration timeout) {
        return TopicReader.readUntil(KafkaBrokerResource.broker().bootstrapServers(), Fixtures.NOTIFICATION_TOPIC,
                        read -> read.stream().filter(r -> escalationId.equals(r.key())).count() >= atLeast, timeout)
                .stream().filter(r -> escalationId.equals(r.key())).map(r -> {
                    try {
                        return Fixtures.JSON.readTree(r.value());
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }).toList();
    }
}
