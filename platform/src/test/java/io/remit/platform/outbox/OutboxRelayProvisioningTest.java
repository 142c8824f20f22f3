package io.remit.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.remit.platform.testing.KafkaBrokerResource;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Topics are created best effort: a broker that refuses to create one (here: a name it rejects; on a cluster with
 * ACLs: no CREATE permission) does not keep the relay from publishing to the topics that exist.
 */
class OutboxRelayProvisioningTest {

    /** A name the broker refuses to create, as it refuses every creation to a principal without CREATE. */
    private static final String REFUSED_TOPIC = "not a valid topic!";

    private final String topic = "remit.test.provisioning." + UUID.randomUUID();
    private final TestOutboxConfig config = new TestOutboxConfig(500, List.of(REFUSED_TOPIC, topic + ":compact"));
    private final Config kafka = RelayTestParts.kafkaConfig();
    private final InMemoryOutboxStore store = new InMemoryOutboxStore();
    private final OutboxPublisher publisher = new OutboxPublisher(kafka, config);

    @AfterEach
    void closeProducer() {
        publisher.closeProducer();
    }

    @Test
    void shouldPublishToExistingTopicsWhenATopicCannotBeCreated() {
        KafkaBrokerResource.broker().createTopic(topic, 1, true);
        store.append(topic, "team-1");
        store.append(topic, "team-2");
        OutboxRelay relay = new OutboxRelay(config, RelayTestParts.alwaysHeld(config),
                new TopicProvisioner(kafka, config), store, publisher, new HeldKeys(config));

        relay.relayPending();

        assertEquals(0, store.countPending(), "events still pending");
        assertEquals(List.of("team-1", "team-2"), RelayTestParts.keysOn(topic, 2));
    }
}
