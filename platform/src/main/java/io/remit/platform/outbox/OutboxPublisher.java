package io.remit.platform.outbox;

import io.remit.platform.events.CloudEventWriter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/** Sends outbox events to Kafka with an idempotent producer and reports how many the broker acknowledged. */
@ApplicationScoped
class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    private final Config config;
    private final OutboxConfig outboxConfig;
    private KafkaProducer<String, String> producer;

    OutboxPublisher(Config config, OutboxConfig outboxConfig) {
        this.config = config;
        this.outboxConfig = outboxConfig;
    }

    /**
     * Sends the events in order and returns how many of them, counted from the first, the broker acknowledged. The
     * rest stay pending; sending them again is safe because consumers de-duplicate by event id.
     */
    synchronized int publish(List<OutboxEvent> events) {
        List<Future<RecordMetadata>> sends = new ArrayList<>(events.size());
        try {
            for (OutboxEvent event : events) {
                sends.add(producer().send(toRecord(event)));
            }
        } catch (RuntimeException e) {
            LOG.warnf("Kafka refused an outbox event, will retry: %s", e.getMessage());
        }
        int acknowledged = 0;
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get(outboxConfig.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
                acknowledged++;
            } catch (Exception e) {
                LOG.warnf("Kafka did not acknowledge an outbox event, will retry: %s", e.getMessage());
                break;
            }
        }
        if (acknowledged < events.size()) {
            closeProducer();
        }
        return acknowledged;
    }

    private ProducerRecord<String, String> toRecord(OutboxEvent event) {
        var record = new ProducerRecord<>(event.topic, event.messageKey, event.payload);
        record.headers().add("content-type", CloudEventWriter.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> properties = KafkaClientProperties.from(config);
            int timeout = (int) outboxConfig.sendTimeout().toMillis();
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
            properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
            properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
            properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            properties.put(ProducerConfig.CLIENT_ID_CONFIG, "remit-outbox-relay");
            producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void closeProducer() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(2));
            producer = null;
        }
    }
}
