package io.remit.platform.testing;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;

/** What the services' tests of a consumer through a database outage share: its length, and the dead letters. */
public final class ConsumerOutages {

    /** The connector's own default for a record left unacknowledged before it closes the channel. */
    private static final long CONNECTOR_DEFAULT_MAX_AGE_MS = 60_000;

    private ConsumerOutages() {
    }

    /**
     * Longer than the connector's unprocessed-record check, if the channel has one (it closed the channel after that
     * long); a few seconds if it is off.
     */
    public static Duration outlastingTheConnectorsCheck(String channel) {
        long maxAge = ConfigProvider.getConfig().getOptionalValue(
                "mp.messaging.incoming." + channel + ".throttled.unprocessed-record-max-age.ms", Long.class)
                .orElse(CONNECTOR_DEFAULT_MAX_AGE_MS);
        return Duration.ofSeconds(5).plusMillis(maxAge > 0 ? maxAge + 5_000 : 0);
    }

    /** The channel's dead-lettered records of a key, read until one has the value given (any, if null). */
    public static List<ConsumerRecord<String, String>> deadLetteredUntil(String channel, String key, String value) {
        return TopicReader.readUntil(KafkaBrokerResource.broker().bootstrapServers(),
                Channels.deadLetterTopicOf(channel),
                read -> read.stream().anyMatch(r -> key.equals(r.key()) && (value == null || value.equals(r.value()))),
                Duration.ofSeconds(20)).stream().filter(r -> key.equals(r.key())).toList();
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
