package io.remit.deploy.drills;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.remit.deploy.e2e.ChildProcess;
import io.remit.platform.testing.CloudEventRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One record for each of the four consumer channels, sent while the database is down, so that every consumer holds a
 * record it cannot process for the whole outage: the last team event and the last escalated event again (as a relay
 * sends again after an unacknowledged send; consumers skip them by id once they can ask their database), and an SLA
 * breach of an escalation decision-service does not know (it ignores it). Afterwards the drill waits until each
 * service's consumer group has committed past its record: the consumer resumed by itself.
 */
final class WaitingRecords {

    /**
     * A record sent, and the consumer group (as the services' application.properties name it, after the service)
     * that must pass it.
     */
    record Sent(String group, TopicPartition partition, long offset, String what) {

        String service() {
            return group.substring(0, group.indexOf('.'));
        }
    }

    /** What ConsumerRetry logs when an event that failed transiently has been processed at last. */
    private static final Pattern PROCESSED_AFTER_RETRIES =
            Pattern.compile("Event (\\S+) processed at attempt (\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEAM_TOPIC = "remit.team.events.v1";
    private static final String DECISION_TOPIC = "remit.decision.events.v1";
    private static final String NOTIFICATION_TOPIC = "remit.notification.events.v1";

    private final String bootstrapServers;
    private final List<Sent> sent = new ArrayList<>();

    private WaitingRecords(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    static WaitingRecords send(String bootstrapServers, Path repositoryRoot) throws Exception {
        WaitingRecords records = new WaitingRecords(bootstrapServers);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            ConsumerRecord<String, String> team = records.last(TEAM_TOPIC, null);
            RecordMetadata teamAgain = producer.send(CloudEventRecords.structured(TEAM_TOPIC, team.key(),
                    team.value())).get();
            records.add("decision-service.team-events", teamAgain, "team event sent again");
            records.add("notification-service.team-events", teamAgain, "team event sent again");
            // An escalation: notification-service skips decisions within remit without asking its database.
            ConsumerRecord<String, String> decision = records.last(DECISION_TOPIC, "remit.decision.escalated.v1");
            records.add("notification-service.decision-events", producer.send(CloudEventRecords.structured(
                    DECISION_TOPIC, decision.key(), decision.value())).get(), "escalated event sent again");
            String escalationId = UUID.randomUUID().toString();
            String breach = unknownBreach(repositoryRoot, escalationId);
            records.add("decision-service.notification-events", producer.send(CloudEventRecords.structured(
                    NOTIFICATION_TOPIC, escalationId, breach)).get(), "SLA breach of an unknown escalation");
        }
        return records;
    }

    /**
     * The events a service's consumers processed only after retrying them (from its log), with the attempt that
     * succeeded. A channel processes one record at a time, so a channel whose record waited shows one of these: its
     * own record, or one it held before it.
     */
    static Map<String, Integer> retriedEvents(String serviceLog) {
        Map<String, Integer> retried = new LinkedHashMap<>();
        Matcher matcher = PROCESSED_AFTER_RETRIES.matcher(serviceLog);
        while (matcher.find()) {
            retried.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
        }
        return retried;
    }

    List<Sent> sent() {
        return sent;
    }

    /** Waits until every consumer group committed past its record; returns the seconds that took. */
    double awaitEveryGroupPassed(Duration timeout) throws Exception {
        long started = System.nanoTime();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            while (!waiting(admin).isEmpty()) {
                if (System.nanoTime() - started > timeout.toNanos()) {
                    throw new AssertionError("Consumers still behind their record " + timeout + " after the database"
                            + " came back: " + waiting(admin));
                }
                ChildProcess.sleep(500);
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private List<Sent> waiting(Admin admin) throws Exception {
        List<Sent> behind = new ArrayList<>();
        for (Sent record : sent) {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(record.group()).partitionsToOffsetAndMetadata()
                    .get().get(record.partition());
            if (committed == null || committed.offset() <= record.offset()) {
                behind.add(record);
            }
        }
        return behind;
    }

    private void add(String group, RecordMetadata metadata, String what) {
        sent.add(new Sent(group, new TopicPartition(metadata.topic(), metadata.partition()), metadata.offset(), what));
    }

    /**
     * The last record of a topic (of its fullest partition, among its last few hundred) whose CloudEvent type is the
     * one given, or of any type if null.
     */
    private ConsumerRecord<String, String> last(String topic, String type) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "drill-last-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            TopicPartition fullest = partitions.stream().max((a, b) -> Long.compare(ends.get(a), ends.get(b)))
                    .orElseThrow();
            long end = ends.get(fullest);
            consumer.assign(List.of(fullest));
            consumer.seek(fullest, Math.max(0, end - 500));
            ConsumerRecord<String, String> found = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.position(fullest) < end && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (type == null || type.equals(typeOf(record.value()))) {
                        found = record;
                    }
                }
            }
            if (found == null) {
                throw new IllegalStateException("No " + (type == null ? "record" : type) + " read from " + topic);
            }
            return found;
        }
    }

    private static String typeOf(String value) {
        try {
            return JSON.readTree(value).path("type").asText();
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** notification-service's example breach, for an escalation nobody has: a valid event that changes nothing. */
    private static String unknownBreach(Path repositoryRoot, String escalationId) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(Files.readString(repositoryRoot.resolve(
                "notification-service/src/main/resources/schemas/examples/sla-breached.json")));
        event.put("id", UUID.randomUUID().toString()).put("subject", escalationId)
                .put("time", Instant.now().toString());
        ((ObjectNode) event.get("data")).put("escalationId", escalationId);
        return event.toString();
    }
}
