package io.remit.platform.outbox;

import io.remit.platform.events.CloudEventWriter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/** Sends outbox events to Kafka with an idempotent producer and reports which the broker acknowledged. */
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

    /** What became of a batch: the events the broker acknowledged, and those it refused for good, with why. */
    record Sent(List<OutboxEvent> acknowledged, Map<OutboxEvent, Throwable> refused) {
    }

    /**
     * Sends the events, in order per key, and reports which the broker acknowledged and which it refused for good.
     * Only one event of a key is in flight at a time: the next is sent once the broker acknowledged the one before,
     * so an event refused or lost never has a later event of its key published ahead of it. A key whose event failed
     * sends nothing more in this batch. What was neither acknowledged nor refused (a broker outage, a timeout) stays
     * pending; sending it again is safe because consumers de-duplicate by event id.
     */
    synchronized Sent publish(List<OutboxEvent> events) {
        Map<String, Deque<OutboxEvent>> byKey = new LinkedHashMap<>();
        events.forEach(e -> byKey.computeIfAbsent(HeldKeys.keyOf(e), k -> new ArrayDeque<>()).add(e));
        List<OutboxEvent> acknowledged = new ArrayList<>(events.size());
        Map<OutboxEvent, Throwable> refused = new LinkedHashMap<>();
        Throwable lost = null;
        while (!byKey.isEmpty()) {
            Map<OutboxEvent, Future<RecordMetadata>> wave = new LinkedHashMap<>();
            byKey.values().forEach(queue -> wave.put(queue.peek(), send(queue.peek())));
            for (var sending : wave.entrySet()) {
                OutboxEvent event = sending.getKey();
                Throwable failure = failureOf(sending.getValue());
                Deque<OutboxEvent> queue = byKey.get(HeldKeys.keyOf(event));
                if (failure == null) {
                    acknowledged.add(event);
                    queue.poll();
                } else if (isPermanent(failure)) {
                    refused.put(event, failure);
                    queue.clear();
                } else {
                    lost = failure;
                    queue.clear();
                }
                if (queue.isEmpty()) {
                    byKey.remove(HeldKeys.keyOf(event));
                }
            }
        }
        if (lost != null) {
            LOG.warnf("Kafka did not acknowledge every outbox event, will retry: %s", lost.getMessage());
        }
        if (lost != null || !refused.isEmpty()) {
            // A fresh producer next time, rather than one whose state a failed batch may have left behind.
            closeProducer();
        }
        return new Sent(acknowledged, refused);
    }

    private Future<RecordMetadata> send(OutboxEvent event) {
        try {
            return producer().send(toRecord(event));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Throwable failureOf(Future<RecordMetadata> send) {
        try {
            send.get(outboxConfig.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        } catch (java.util.concurrent.TimeoutException e) {
            return e;
        }
    }

    /**
     * Whether sending the event again cannot succeed until someone changes something: Kafka's own errors that it
     * does not call retriable (a record too large, a topic not authorized, an invalid topic). Timeouts and lost
     * connections are retriable.
     */
    static boolean isPermanent(Throwable failure) {
        return failure instanceof ApiException && !(failure instanceof RetriableException);
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
            // One record per produce batch, so that the broker refusing one record for good (larger than its topic's
            // max.message.bytes) fails that record alone: with several records in a batch, this producer splits the
            // batch again and again until all of them time out, which would look like an outage and stop every key.
            properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 0);
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
