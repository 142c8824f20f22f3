package io.remit.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.remit.platform.testing.EmbeddedKafkaBroker;

class EmbeddedKafkaBrokerTest {

    private static final String TOPIC = "broker-test";

    @Test
    void keepsRecordsAcrossRestartOnTheSameAddressAndCleansUpOnClose() throws Exception {
        Set<Thread> threadsBefore = liveNonDaemonThreads();
        Path dataDir;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.create()) {
            dataDir = broker.dataDir();
            String bootstrap = broker.bootstrapServers();
            broker.start();
            broker.createTopic(TOPIC, 1, false);
            broker.createTopic(TOPIC, 1, false); // idempotent

            produce(bootstrap, "k1", "before-outage");
            assertEquals(List.of("before-outage"), readAll(bootstrap, 1));

            // Another handle on the same broker (as under another Quarkus test profile) controls the same server.
            EmbeddedKafkaBroker sameBroker = new EmbeddedKafkaBroker(dataDir, broker.port(), broker.controllerPort());
            assertTrue(sameBroker.isRunning());
            sameBroker.stop();
            assertFalse(broker.isRunning());
            assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", broker.port()).close(),
                    "a stopped broker must not accept connections");

            broker.start();
            assertEquals(bootstrap, broker.bootstrapServers());
            assertEquals(List.of("before-outage"), readAll(bootstrap, 1), "data survives a restart");
            produce(bootstrap, "k2", "after-outage");
            assertEquals(List.of("before-outage", "after-outage"), readAll(bootstrap, 2));
        }
        assertFalse(Files.exists(dataDir), "close() deletes the temporary data directory");
        assertNoNewNonDaemonThreads(threadsBefore);
    }

    @Test
    void createsCompactedAndPartitionedTopicsFromASpec() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.create().start()) {
            broker.createTopics("plain, teams:compact, audit:2:compact");
            try (var admin = broker.admin()) {
                // Created means the controller has them; a loaded machine may take a moment to serve their metadata.
                await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
                    var topics = admin.describeTopics(List.of("plain", "teams", "audit")).allTopicNames().get();
                    assertEquals(EmbeddedKafkaBroker.DEFAULT_PARTITIONS, topics.get("plain").partitions().size());
                    assertEquals(2, topics.get("audit").partitions().size());
                    var resource = new ConfigResource(ConfigResource.Type.TOPIC, "teams");
                    String policy = admin.describeConfigs(List.of(resource)).all().get()
                            .get(resource).get("cleanup.policy").value();
                    assertEquals("compact", policy);
                });
            }
        }
    }

    @Test
    void failsToStartWithAnExceptionWhenItsControllerPortIsTaken(@TempDir Path dataDir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
                EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDir, 0, taken.getLocalPort())) {
            // Left to Kafka, its fault handler would halt the JVM here, taking the test run with it.
            var failure = assertThrows(IllegalStateException.class, broker::start);
            assertTrue(failure.getMessage().contains(String.valueOf(taken.getLocalPort())), failure.getMessage());
            assertFalse(broker.isRunning());
        }
    }

    private static void produce(String bootstrap, String key, String value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    /** Reads the topic from the beginning until {@code expected} records arrived or 10 s passed. */
    private static List<String> readAll(String bootstrap, int expected) {
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(TOPIC, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long deadline = System.currentTimeMillis() + 10_000;
            while (values.size() < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    private static Set<Thread> liveNonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon())
                .collect(Collectors.toSet());
    }

    private static void assertNoNewNonDaemonThreads(Set<Thread> before) throws InterruptedException {
        Set<Thread> leaked = Set.of();
        for (int i = 0; i < 50; i++) { // threads may take a moment to finish after shutdown returns
            leaked = liveNonDaemonThreads();
            leaked.removeAll(before);
            if (leaked.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        assertTrue(leaked.isEmpty(), "threads left running after close(): "
                + leaked.stream().map(Thread::getName).sorted().toList());
    }
}
