package io.remit.platform.outbox;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * The {@code kafka.*} configuration (bootstrap servers, security settings) that Quarkus also hands to its own
 * Kafka clients, so the relay talks to the same cluster the same way.
 */
final class KafkaClientProperties {

    private static final String PREFIX = "kafka.";

    private KafkaClientProperties() {
    }

    static Map<String, Object> from(Config config) {
        Map<String, Object> properties = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                config.getOptionalValue(name, String.class)
                        .ifPresent(value -> properties.put(name.substring(PREFIX.length()), value));
            }
        }
        return properties;
    }
}
