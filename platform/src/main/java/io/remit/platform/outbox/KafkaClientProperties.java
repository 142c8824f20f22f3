package io.remit.platform.outbox;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.Config;

/**
 * The {@code kafka.*} configuration (bootstrap servers, security settings) that Quarkus also hands to its own
 * Kafka clients, so the relay talks to the same cluster the same way.
 */
final class KafkaClientProperties {

    private static final String PREFIX = "kafka.";

    private KafkaClientProperties() {
    }

    /** For an admin client whose every call gives up after {@code timeoutMillis}, so no caller waits longer. */
    static Map<String, Object> forAdmin(Config config, int timeoutMillis) {
        Map<String, Object> properties = from(config);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMillis);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis);
        return properties;
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
