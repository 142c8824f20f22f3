package io.remit.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.remit.platform.testing.KafkaBrokerResource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An event the broker will never accept (here: larger than its topic's {@code max.message.bytes}) holds back only
 * its own key, with that key's later events so their order holds; every other key goes on.
 */
class OutboxRelayPermanentErrorTest {

    private static final int MAX_MESSAGE_BYTES = 1024;

    private final String topic = "remit.test.permanent-error." + UUID.randomUUID();
    private final TestOutboxConfig config = new TestOutboxConfig(500, List.of());
    private final Config kafka = RelayTestParts.kafkaConfig();
    private final InMemoryOutboxStore store = new InMemoryOutboxStore();
    private final OutboxPublisher publisher = new OutboxPublisher(kafka, config);
    private final HeldKeys heldKeys = new HeldKeys(config);

    @AfterEach
    void closeProducer() {
        publisher.closeProducer();
    }

    @Test
    void shouldHoldBackOnlyTheKeyOfAnEventTheBrokerRefuses() throws Exception {
        createTopicWithSmallMessages();
        OutboxEvent tooLarge = store.append(topic, "team-a", "x".repeat(4 * MAX_MESSAGE_BYTES));
        OutboxEvent afterTooLarge = store.append(topic, "team-a");
        store.append(topic, "team-b");
        store.append(topic, "team-c");
        store.append(topic, "team-b");
        OutboxRelay relay = relay();

        relay.relayPending();
        store.append(topic, "team-c");
        relay.relayPending();

        assertEquals(List.of(tooLarge, afterTooLarge), store.nextPending(10, Set.of()), "events still pending");
        assertEquals(List.of("team-b", "team-c", "team-b", "team-c"), RelayTestParts.keysOn(topic, 4));
        HealthCheckResponse wellness = new OutboxWellness(store, config, heldKeys).call();
        assertEquals(HealthCheckResponse.Status.DOWN, wellness.getStatus());
        assertEquals(1L, wellness.getData().orElseThrow().get("heldKeys"));
        assertEquals(tooLarge.eventId, wellness.getData().orElseThrow().get("oldestHeldEvent"));
    }

    private OutboxRelay relay() {
        return new OutboxRelay(config, RelayTestParts.alwaysHeld(config), new TopicProvisioner(kafka, config), store,
                publisher, heldKeys);
    }

    private void createTopicWithSmallMessages() throws Exception {
        // One partition, so the order of the records read is the order in which the broker accepted them.
        NewTopic small = new NewTopic(topic, 1, (short) 1)
                .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES)));
        try (var admin = KafkaBrokerResource.broker().admin()) {
            admin.createTopics(List.of(small)).all().get(30, TimeUnit.SECONDS);
        }
    }
}
