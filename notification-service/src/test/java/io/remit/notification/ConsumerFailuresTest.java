package io.remit.notification;

import static io.remit.notification.Fixtures.as;
import static io.remit.notification.Fixtures.root;
import static io.remit.notification.Fixtures.team;
import static io.remit.notification.Fixtures.uniqueId;
import static io.restassured.RestAssured.given;
import static io.remit.platform.testing.ConsumerOutages.deadLetteredUntil;
import static io.remit.platform.testing.ConsumerOutages.outlastingTheConnectorsCheck;
import static io.remit.platform.testing.ConsumerOutages.pause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.notification.escalation.events.DecisionEventsConsumer;
import io.remit.platform.testing.Channels;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.SqlFaults;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DESIGN, No lost events, on the channel of decision-service's events: an escalation that meets a database outage is
 * notified once the database is back, however long the outage, and never dead-lettered; an event that fails for any
 * other reason is dead-lettered at once. The channel stays open and live throughout.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class ConsumerFailuresTest {

    @AfterEach
    void databaseBack() {
        SqlFaults.clear();
    }

    @Test
    void shouldNotifyAnEscalationThatWaitedOutADatabaseOutageLongerThanTheConnectorsLimit() {
        String lead = uniqueId("dana");
        String department = team(uniqueId("dept"), root(uniqueId("root")).publish()).lead(lead).publish();
        String escalation = UUID.randomUUID().toString();
        String decision = UUID.randomUUID().toString();
        Duration outage = outlastingTheConnectorsCheck(DecisionEventsConsumer.CHANNEL);

        SqlFaults.databaseDown();
        List<String> liveness = new ArrayList<>();
        try {
            Escalations.publish(Escalations.escalated(escalation, decision, "payments", 1, department,
                    Instant.now().plus(Duration.ofHours(1))), decision);
            Instant end = Instant.now().plus(outage);
            while (Instant.now().isBefore(end)) {
                liveness.add(given().get("/q/health/live").then().extract().path("status"));
                pause(Duration.ofSeconds(1));
            }
            assertThat(SqlFaults.failedStatements()).as("the consumer kept trying during the outage").isGreaterThan(2);
        } finally {
            SqlFaults.clear();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(lead).get("/notifications").then()
                .statusCode(200).body("items.escalationId", contains(escalation)));
        assertThat(liveness).isNotEmpty().containsOnly("UP");
        // Records of one key keep their order on the dead-letter topic too: once an unreadable event sent after the
        // escalation is there, the escalation would be there before it had it been dead-lettered.
        String marker = "unreadable " + uniqueId("marker");
        Fixtures.send(Channels.topicOf(DecisionEventsConsumer.CHANNEL), decision, marker);
        assertThat(deadLetteredUntil(DecisionEventsConsumer.CHANNEL, decision, marker))
                .extracting(ConsumerRecord::value).containsExactly(marker);
    }

    @Test
    void shouldDeadLetterAnEscalationThatFailsForAnyOtherReasonAtOnce() {
        String lead = uniqueId("dana");
        String department = team(uniqueId("dept"), root(uniqueId("root")).publish()).lead(lead).publish();
        String escalation = UUID.randomUUID().toString();
        String decision = UUID.randomUUID().toString();

        SqlFaults.failStatementsContaining("escalation_record", () -> new IllegalStateException("test: a bug"));
        try {
            Escalations.publish(Escalations.escalated(escalation, decision, "payments", 1, department,
                    Instant.now().plus(Duration.ofHours(1))), decision);
            List<ConsumerRecord<String, String>> dead =
                    deadLetteredUntil(DecisionEventsConsumer.CHANNEL, decision, null);
            assertThat(dead).hasSize(1);
            assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(),
                    StandardCharsets.UTF_8)).contains("test: a bug");
        } finally {
            SqlFaults.clear();
        }
        as(lead).get("/notifications").then().statusCode(200).body("items", empty());
    }
}
