package io.remit.team;

import static io.remit.team.TeamFixtures.asAdmin;
import static io.remit.team.TeamFixtures.createTeam;
import static io.remit.team.TeamFixtures.ensureRoot;
import static io.remit.team.TeamFixtures.asUser;
import static io.remit.team.TeamFixtures.etagOf;
import static io.remit.team.TeamFixtures.uniqueId;
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
import java.time.Instant;
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
    void shouldCarryTheDelegationsInForceInEverySnapshotAndDropARevokedOne() throws Exception {
        String team = createTeam("root");
        String lead = uniqueId("lena");
        String deputy = uniqueId("dev");
        asAdmin().body(Map.of("role", "LEAD")).put("/teams/{id}/members/{user}", team, lead).then().statusCode(201);
        Instant later = Instant.now().plus(Duration.ofDays(8));
        String active = asUser(lead).body(Map.of("delegate", deputy, "validUntil", Instant.now().plus(Duration
                        .ofDays(7)).toString(), "categories", List.of("spend"), "reason", "Leave"))
                .post("/teams/{id}/delegations", team).then().statusCode(201).extract().path("id");
        String scheduled = asAdmin().body(Map.of("delegator", lead, "delegate", deputy, "validFrom", later.toString(),
                        "validUntil", later.plus(Duration.ofDays(30)).toString(), "reason", "Second leave"))
                .post("/teams/{id}/delegations", team).then().statusCode(201).extract().path("id");
        asUser(deputy).body(Map.of("reason", "Cannot cover")).post("/teams/{id}/delegations/{d}/revoke", team, active)
                .then().statusCode(200);
        asAdmin().body(Map.of("role", "MEMBER")).put("/teams/{id}/members/{user}", team, deputy).then()
                .statusCode(201);

        List<JsonNode> events = eventsOf(team, 6);

        events.forEach(SCHEMA::assertValid);
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(TeamEvents.CREATED,
                TeamEvents.MEMBERSHIP_CHANGED, TeamEvents.DELEGATIONS_CHANGED, TeamEvents.DELEGATIONS_CHANGED,
                TeamEvents.DELEGATIONS_CHANGED, TeamEvents.MEMBERSHIP_CHANGED);
        assertThat(events.get(0).at("/data/delegations").isArray()).isTrue();
        assertThat(events.get(0).at("/data/delegations")).isEmpty();
        JsonNode first = events.get(2).at("/data/delegations");
        assertThat(first).hasSize(1);
        assertThat(first.get(0).get("id").asText()).isEqualTo(active);
        assertThat(first.get(0).get("delegator").asText()).isEqualTo(lead);
        assertThat(first.get(0).get("delegate").asText()).isEqualTo(deputy);
        assertThat(first.get(0).get("categories").get(0).asText()).isEqualTo("spend");
        assertThat(first.get(0).has("reason")).as("no reason in the snapshot").isFalse();
        assertThat(events.get(3).at("/data/delegations")).extracting(d -> d.get("id").asText())
                .containsExactly(active, scheduled);
        assertThat(events.get(3).at("/data/delegations/1/validFrom").asText())
                .isEqualTo(asUser("reader").get("/teams/{id}/delegations/{d}", team, scheduled).path("validFrom"));
        assertThat(events.get(4).at("/data/delegations")).extracting(d -> d.get("id").asText())
                .containsExactly(scheduled);
        assertThat(events.get(5).at("/data/delegations")).extracting(d -> d.get("id").asText())
                .containsExactly(scheduled);
        assertThat(events).extracting(e -> e.at("/data/version").asLong()).doesNotHaveDuplicates().isSorted();
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
