package io.remit.platform.testing;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Kafka records exactly as the services' outbox relay writes them: a structured-mode CloudEvent with the
 * {@code content-type} header, so consumers are tested against what they really receive.
 */
public final class CloudEventRecords {

    public static final String CONTENT_TYPE = "application/cloudevents+json";

    private CloudEventRecords() {
    }

    public static ProducerRecord<String, String> structured(String topic, String key, String cloudEventJson) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, cloudEventJson);
        record.headers().add("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
