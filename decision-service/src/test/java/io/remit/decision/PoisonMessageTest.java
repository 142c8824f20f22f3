package io.remit.decision;

import static io.remit.decision.Org.root;
import static io.remit.decision.Org.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A message that can never be processed goes to the dead-letter topic with its reason; the next ones still flow. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class PoisonMessageTest {

    @Test
    void shouldDeadLetterUnreadableTeamEventAndKeepConsuming() throws Exception {
        String key = uniqueId("poison");
        Org.send(Org.TEAM_TOPIC, key, "{ this is not a CloudEvent");
        String missingFields = Org.teamServiceExamples().get(0).replace("\"members\"", "\"nobody\"");
        Org.send(Org.TEAM_TOPIC, key, missingFields);

        String team = root(uniqueId("after")).publish();
        assertThat(Org.replicaVersion(team)).isZero();

        var dead = TopicReader.readUntil(KafkaBrokerResource.broker().bootstrapServers(),
                Org.TEAM_TOPIC + ".dlq", read -> read.stream().filter(r -> key.equals(r.key())).count() >= 2,
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
            Org.send(Org.TEAM_TOPIC, id, example);
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> Org.replicaVersion("legacy-billing") >= 7 && Org.replicaVersion("payments") >= 2);
    }
}
