package io.remit.platform.outbox;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether the Kafka cluster answers, as a wellness check ({@code /q/health/well}), never as readiness or liveness:
 * a broker outage must neither take replicas out of the load balancer (writes go to the outbox) nor restart them
 * (which would only make the outage worse).
 */
@Wellness
@ApplicationScoped
class BrokerWellness implements HealthCheck {

    private static final int TIMEOUT_MILLIS = 2000;

    private final Config config;

    BrokerWellness(Config config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        try (Admin admin = Admin.create(KafkaClientProperties.forAdmin(config, TIMEOUT_MILLIS))) {
            int brokers = admin.describeCluster().nodes().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named("kafka").up().withData("brokers", brokers).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("kafka").down().withData("error", "interrupted").build();
        } catch (Exception e) {
            return HealthCheckResponse.named("kafka").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
