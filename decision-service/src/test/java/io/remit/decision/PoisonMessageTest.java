package io.remit.decision;

import static io.remit.decision.Api.as;
import static io.remit.decision.Api.decision;
import static io.remit.decision.Org.root;
import static io.remit.decision.Org.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.decision.team.events.TeamEventsConsumer;
import io.remit.platform.testing.Channels;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A message that can never be processed goes to the dead-letter topic with its reason; the next ones still flow. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class PoisonMessageTest {

    @Test
    void shouldDeadLetterUnreadableTeamEventAndKeepConsuming() throws Exception {
        String key = uniqueId("poison");
        Org.feed(TeamEventsConsumer.CHANNEL, key, "{ this is not a CloudEvent");
        String missingFields = Org.teamServiceExamples().get(0).replace("\"members\"", "\"nobody\"");
        Org.feed(TeamEventsConsumer.CHANNEL, key, missingFields);

        String team = root(uniqueId("after")).publish();
        assertThat(Org.replicaVersion(team)).isZero();

        var dead = TopicReader.readUntil(KafkaBrokerResource.broker().bootstrapServers(),
                Channels.deadLetterTopicOf(TeamEventsConsumer.CHANNEL),
                read -> read.stream().filter(r -> key.equals(r.key())).count() >= 2,
                Duration.ofSeconds(30)).stream().filter(r -> key.equals(r.key())).toList();
        assertThat(dead).hasSize(2);
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(),
                StandardCharsets.UTF_8)).contains("not a readable CloudEvent");
    }

    @Test
    void shouldBuildReplicaFromEveryExampleTeamServicePublishes() throws Exception {
        for (String example : Org.teamServiceExamples()) {
            Org.TEAM_SCHEMA.assertValid(example);
            String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(example).at("/data/id").asText();
            Org.feed(TeamEventsConsumer.CHANNEL, id, example);
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> Org.replicaVersion("legacy-billing") >= 7 && Org.replicaVersion("payments") >= 2);
    }

    /** Replicas keep team-service's values as text: a status added there later is stored, not dead-lettered. */
    @Test
    void shouldKeepATeamWhoseStatusThisServiceDoesNotKnowYet() throws Exception {
        String parent = root(uniqueId("root")).publish();
        String team = uniqueId("dormant");
        ObjectNode event = (ObjectNode) new ObjectMapper().readTree(Org.teamServiceExamples().get(0));
        event.put("id", UUID.randomUUID().toString()).put("subject", team);
        ((ObjectNode) event.get("data")).put("id", team).put("parentId", parent).put("status", "DORMANT")
                .put("version", 1);
        Org.feed(TeamEventsConsumer.CHANNEL, team, event.toString());

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Org.replicaVersion(team) == 1);
        as("anyone").body(decision(team, "spend", null)).post("/decisions/evaluate").then().statusCode(200)
                .body("verdict", equalTo("ESCALATED")).body("reasons", contains("autonomy suspended"))
                .body("escalationTargetTeamId", equalTo(parent));
    }
}
