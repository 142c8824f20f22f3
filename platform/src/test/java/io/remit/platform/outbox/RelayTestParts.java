package io.remit.platform.outbox;

import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.TopicReader;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.Config;

/** Parts of a relay built by hand around the test JVM's embedded broker. */
final class RelayTestParts {

    private RelayTestParts() {
    }

    /** The {@code kafka.*} configuration a service would have, pointing at the embedded broker. */
    static Config kafkaConfig() {
        return new SmallRyeConfigBuilder()
                .withDefaultValue("kafka.bootstrap.servers", KafkaBrokerResource.broker().bootstrapServers())
                .build();
    }

    /** The keys of the first {@code count} records on the topic, in order (fewer if they do not come in time). */
    static List<String> keysOn(String topic, int count) {
        return TopicReader.readUntil(KafkaBrokerResource.broker().bootstrapServers(), topic,
                read -> read.size() >= count, Duration.ofSeconds(30)).stream().map(ConsumerRecord::key).toList();
    }

    /** A lease this relay always holds, as the only replica. */
    static RelayLease alwaysHeld(OutboxConfig config) {
        return new RelayLease(null, config) {
            @Override
            boolean acquire() {
                return true;
            }

            @Override
            void release() {
            }
        };
    }
}
