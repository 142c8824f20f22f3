package io.remit.platform.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points Quarkus tests at an in-JVM Kafka broker: {@code @QuarkusTestResource(KafkaBrokerResource.class)}, with an
 * optional {@code @ResourceArg(name = "topics", value = "orders,teams:compact")} to create topics up front (spec as
 * in {@link EmbeddedKafkaBroker#createTopics(String)}).
 *
 * <p>All test classes of a JVM share one broker. Quarkus calls {@link #stop()} whenever it restarts the application
 * for another test profile, so the broker outlives the resource and is stopped by a JVM shutdown hook instead.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static final String SHARED_BROKER = KafkaBrokerResource.class.getName();

    private String topics;

    /**
     * The shared broker, started if need be. Tests may stop and start it to simulate an outage; whatever they leave
     * stopped is started again by the next test resource start.
     */
    public static EmbeddedKafkaBroker broker() {
        // Each test profile has its own copy of these classes (see EmbeddedKafkaBroker.jvmShared), so the broker is
        // found by its data directory and ports, kept as JDK types, and each copy gets an object of its own for it.
        ConcurrentMap<String, Object> shared = EmbeddedKafkaBroker.jvmShared();
        EmbeddedKafkaBroker broker;
        synchronized (shared) {
            List<?> identity = (List<?>) shared.get(SHARED_BROKER);
            if (identity == null) {
                broker = EmbeddedKafkaBroker.create();
                Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "embedded-kafka-shutdown"));
                shared.put(SHARED_BROKER, List.of(broker.dataDir(), broker.port(), broker.controllerPort()));
            } else {
                broker = new EmbeddedKafkaBroker(
                        (Path) identity.get(0), (Integer) identity.get(1), (Integer) identity.get(2));
            }
        }
        return broker.start();
    }

    @Override
    public void init(Map<String, String> initArgs) {
        topics = initArgs.get("topics");
    }

    @Override
    public Map<String, String> start() {
        EmbeddedKafkaBroker broker = broker();
        broker.createTopics(topics);
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        // Deliberately empty: see the class comment.
    }
}
