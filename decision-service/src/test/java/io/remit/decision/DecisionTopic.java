package io.remit.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remit.decision.events.DecisionEvents;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.TopicReader;
import java.time.Duration;
import java.util.List;

/** What this service published about one decision, read back from the real broker. */
public final class DecisionTopic {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DecisionTopic() {
    }

    /** Every event keyed by the decision, in topic order, once there are {@code expected} of them (and no more). */
    public static List<JsonNode> eventsFor(String decisionId, int expected) {
        var records = TopicReader.readUntil(KafkaBrokerResource.broker().bootstrapServers(), DecisionEvents.TOPIC,
                read -> read.stream().filter(r -> decisionId.equals(r.key())).count() >= expected,
                Duration.ofSeconds(30));
        List<JsonNode> mine = records.stream().filter(r -> decisionId.equals(r.key())).map(r -> {
            try {
                return JSON.readTree(r.value());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertThat(mine).hasSize(expected);
        return mine;
    }
}
