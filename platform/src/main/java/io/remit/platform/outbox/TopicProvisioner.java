package io.remit.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Creates the topics this service publishes to, before its first event, so that a compacted topic is compacted
 * from the start instead of being auto-created with the broker's defaults.
 */
@ApplicationScoped
class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    private final Config config;
    private final OutboxConfig outboxConfig;
    private volatile boolean provisioned;

    TopicProvisioner(Config config, OutboxConfig outboxConfig) {
        this.config = config;
        this.outboxConfig = outboxConfig;
    }

    /** True once every configured topic exists; tries again on each call until then. */
    boolean ensureProvisioned() {
        if (provisioned) {
            return true;
        }
        List<NewTopic> topics = outboxConfig.topics().stream().filter(t -> !t.isBlank()).map(this::toNewTopic).toList();
        Map<String, Object> properties = KafkaClientProperties.from(config);
        int timeout = (int) outboxConfig.sendTimeout().toMillis();
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
        try (Admin admin = Admin.create(properties)) {
            for (var result : admin.createTopics(topics).values().values()) {
                createdOrExisting(result);
            }
            provisioned = true;
        } catch (Exception e) {
            LOG.warnf("Topics not provisioned yet, will retry: %s", e.getMessage());
        }
        return provisioned;
    }

    private static void createdOrExisting(org.apache.kafka.common.KafkaFuture<Void> result) throws Exception {
        try {
            result.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private NewTopic toNewTopic(String spec) {
        String[] parts = spec.trim().split(":");
        NewTopic topic = new NewTopic(parts[0], Optional.of(outboxConfig.partitions()), Optional.empty());
        if (parts.length > 1 && parts[1].equals("compact")) {
            topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        return topic;
    }
}
