package io.remit.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.PolicyViolationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Creates the topics this service publishes to, so that a compacted topic is compacted from the start instead of
 * being auto-created with the broker's defaults. Best effort: the relay publishes whether or not this succeeded, since
 * on a cluster with ACLs an operator creates the topics, and Kafka refuses the creation to a principal without
 * CREATE without saying whether the topic exists.
 */
@ApplicationScoped
class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    private final Config config;
    private final OutboxConfig outboxConfig;
    /** Topics created, found existing, or not ours to create: never asked for again. */
    private final Set<String> settled = ConcurrentHashMap.newKeySet();
    /** Topics whose failure was logged as a warning; later failures are logged at debug level only. */
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private volatile Instant nextAttempt = Instant.MIN;

    TopicProvisioner(Config config, OutboxConfig outboxConfig) {
        this.config = config;
        this.outboxConfig = outboxConfig;
    }

    /** Tries to create the configured topics not settled yet, at most once per retry interval. Never throws. */
    void provisionIfDue() {
        List<NewTopic> unsettled = outboxConfig.topics().stream().filter(t -> !t.isBlank()).map(this::toNewTopic)
                .filter(t -> !settled.contains(t.name())).toList();
        if (!outboxConfig.provisionTopics() || unsettled.isEmpty() || Instant.now().isBefore(nextAttempt)) {
            return;
        }
        nextAttempt = Instant.now().plus(outboxConfig.retryInterval());
        int timeout = (int) outboxConfig.sendTimeout().toMillis();
        try (Admin admin = Admin.create(KafkaClientProperties.forAdmin(config, timeout))) {
            admin.createTopics(unsettled).values().forEach(this::settle);
        } catch (RuntimeException e) {
            unsettled.forEach(topic -> notCreated(topic.name(), e));
        }
    }

    private void settle(String topic, KafkaFuture<Void> creation) {
        try {
            creation.get(outboxConfig.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            settled.add(topic);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TopicExistsException) {
                settled.add(topic);
            } else if (cause instanceof AuthorizationException || cause instanceof PolicyViolationException) {
                settled.add(topic);
                LOG.infof("Topic %s may not be created by this service (%s); publishing to it as it is", topic,
                        cause.getMessage());
            } else {
                notCreated(topic, cause);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.TimeoutException e) {
            notCreated(topic, e);
        }
    }

    private void notCreated(String topic, Throwable cause) {
        LOG.logf(reported.add(topic) ? Logger.Level.WARN : Logger.Level.DEBUG,
                "Topic %s not created, publishing regardless; will try again in %s: %s", topic,
                outboxConfig.retryInterval(), cause.getMessage());
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
