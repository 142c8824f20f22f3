package io.remit.platform.testing;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends events to the test broker exactly as the services' outbox relay writes them: a structured-mode CloudEvent
 * with the {@code content-type} header, so consumers are tested against what they really receive.
 */
public final class CloudEventRecords {

    public static final String CONTENT_TYPE = "application/cloudevents+json";

    private static KafkaProducer<String, String> producer;

    private CloudEventRecords() {
    }

    public static ProducerRecord<String, String> structured(String topic, String key, String cloudEventJson) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, cloudEventJson);
        record.headers().add("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Sends one event to a topic of the shared test broker and waits for the broker's acknowledgement. */
    public static synchronized void send(String topic, String key, String cloudEventJson) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.broker().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        }
        try {
            producer.send(structured(topic, key, cloudEventJson)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish a test event", e);
        }
    }
}
