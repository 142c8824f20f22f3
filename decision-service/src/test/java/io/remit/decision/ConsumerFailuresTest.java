package io.remit.decision;

import static io.remit.decision.Org.root;
import static io.remit.decision.Org.uniqueId;
import static io.restassured.RestAssured.given;
import static io.remit.platform.testing.ConsumerOutages.deadLetteredUntil;
import static io.remit.platform.testing.ConsumerOutages.outlastingTheConnectorsCheck;
import static io.remit.platform.testing.ConsumerOutages.pause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.decision.team.events.TeamEventsConsumer;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.SqlFaults;
import io.remit.platform.testing.TeamEventFixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DESIGN, No lost events: a transient failure is retried for as long as it lasts and never reaches the dead-letter
 * topic; anything else goes there at once with its error. The channel stays open and live throughout.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class ConsumerFailuresTest {

    @AfterEach
    void databaseBack() {
        SqlFaults.clear();
    }

    @Test
    void shouldWaitOutADatabaseOutageLongerThanTheConnectorsLimitAndStayLive() {
        TeamEventFixture waiting = root(uniqueId("waiting"));
        Duration outage = outlastingTheConnectorsCheck(TeamEventsConsumer.CHANNEL);

        SqlFaults.databaseDown();
        List<String> liveness = new ArrayList<>();
        try {
            waiting.send();
            Instant end = Instant.now().plus(outage);
            while (Instant.now().isBefore(end)) {
                liveness.add(given().get("/q/health/live").then().extract().path("status"));
                pause(Duration.ofSeconds(1));
            }
            assertThat(SqlFaults.failedStatements()).as("the consumer kept trying during the outage").isGreaterThan(2);
        } finally {
            SqlFaults.clear();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> Org.replicaVersion(waiting.id()) == 0);
        assertThat(liveness).isNotEmpty().containsOnly("UP");
        given().get("/q/health/live").then().statusCode(200);
        // Records of one key keep their order, on the dead-letter topic too: once an unreadable event sent after it
        // is there, the waiting event would be there before it if it had been dead-lettered.
        String marker = "unreadable " + uniqueId("marker");
        Org.feed(TeamEventsConsumer.CHANNEL, waiting.id(), marker);
        assertThat(deadLetteredUntil(TeamEventsConsumer.CHANNEL, waiting.id(), marker))
                .extracting(ConsumerRecord::value).containsExactly(marker);
        // The channel still takes the next event at once.
        root(uniqueId("after")).publish();
    }

    @Test
    void shouldDeadLetterAnEventThatFailsForAnyOtherReasonAtOnce() {
        TeamEventFixture broken = root(uniqueId("broken"));
        SqlFaults.failStatementsContaining("team_replica", () -> new IllegalStateException("test: a bug"));
        try {
            broken.send();
            List<ConsumerRecord<String, String>> dead =
                    deadLetteredUntil(TeamEventsConsumer.CHANNEL, broken.id(), null);
            assertThat(dead).hasSize(1);
            assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(),
                    StandardCharsets.UTF_8)).contains("test: a bug");
        } finally {
            SqlFaults.clear();
        }
        assertThat(Org.replicaVersion(broken.id())).isEqualTo(-1);
        root(uniqueId("after")).publish();
    }
}
