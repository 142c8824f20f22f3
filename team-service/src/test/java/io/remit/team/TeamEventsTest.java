package io.remit.team;

import static io.remit.team.TeamFixtures.asAdmin;
import static io.remit.team.TeamFixtures.createTeam;
import static io.remit.team.TeamFixtures.ensureRoot;
import static io.remit.team.TeamFixtures.etagOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.outbox.OutboxRelay;
import io.remit.platform.testing.EventSchema;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.TopicReader;
import io.remit.team.events.TeamEvents;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Team changes reach remit.team.events.v1 through the outbox, on a real broker, even across an outage. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class TeamEventsTest {

    static final EventSchema SCHEMA = EventSchema.load("team-service/src/main/resources/schemas/team-event.v1.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OutboxRelay relay;

    @BeforeEach
    void organisation() {
        ensureRoot();
    }

    @Test
    void shouldPublishEveryChangeAsCloudEventWithFullSnapshot() throws Exception {
        String team = createTeam("root");
        asAdmin().body(Map.of("role", "LEAD")).put("/teams/{id}/members/{user}", team, "lena").then().statusCode(201);
        asAdmin().header("If-Match", etagOf(team)).body(Map.of("escalationSla", "PT1H"))
                .patch("/teams/{id}", team).then().statusCode(200);

        List<JsonNode> events = eventsOf(team, 3);

        assertThat(events).extracting(e -> e.get("type").asText())
                .containsExactly(TeamEvents.CREATED, TeamEvents.MEMBERSHIP_CHANGED, TeamEvents.UPDATED);
        events.forEach(SCHEMA::assertValid);
        JsonNode last = events.get(2);
        assertThat(last.get("subject").asText()).isEqualTo(team);
        assertThat(last.get("source").asText()).isEqualTo("/remit/team-service");
        assertThat(last.at("/data/parentId").asText()).isEqualTo("root");
        assertThat(last.at("/data/escalationSla").asText()).isEqualTo("PT1H");
        assertThat(last.at("/data/members/0/userId").asText()).isEqualTo("lena");
        assertThat(last.at("/data/members/0/role").asText()).isEqualTo("LEAD");
        assertThat(events).extracting(e -> e.at("/data/version").asLong()).isSorted();
    }

    @Test
    void shouldKeepWritingDuringBrokerOutageAndPublishInOrderAfterwards() throws Exception {
        var broker = KafkaBrokerResource.broker();
        String team;
        broker.stop();
        try {
            team = createTeam("root");
            asAdmin().header("If-Match", etagOf(team)).body(Map.of("name", "Written while Kafka was down"))
                    .patch("/teams/{id}", team).then().statusCode(200);
            assertThat(relay.pendingCount()).isGreaterThanOrEqualTo(2);
        } finally {
            broker.start();
        }

        List<JsonNode> events = eventsOf(team, 2);

        assertThat(events).extracting(e -> e.get("type").asText())
                .containsExactly(TeamEvents.CREATED, TeamEvents.UPDATED);
        assertThat(events.get(1).at("/data/name").asText()).isEqualTo("Written while Kafka was down");
        events.forEach(SCHEMA::assertValid);
    }

    private List<JsonNode> eventsOf(String teamId, int expected) throws Exception {
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(
                KafkaBrokerResource.broker().bootstrapServers(), TeamEvents.TOPIC,
                read -> read.stream().filter(r -> teamId.equals(r.key())).count() >= expected,
                Duration.ofSeconds(60));
        List<ConsumerRecord<String, String>> mine = records.stream().filter(r -> teamId.equals(r.key())).toList();
        assertThat(mine).hasSize(expected);
        for (ConsumerRecord<String, String> record : mine) {
            assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("application/cloudevents+json");
        }
        return mine.stream().map(r -> {
            try {
                return JSON.readTree(r.value());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }
}
