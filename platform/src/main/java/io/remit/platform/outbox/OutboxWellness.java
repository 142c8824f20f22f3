package io.remit.platform.outbox;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The outbox backlog as a wellness check ({@code /q/health/well}): how many events wait for the broker and for how
 * long, DOWN once the oldest has waited longer than {@code remit.outbox.backlog-alarm}. It is not a readiness check
 * on purpose: during a broker outage writes still succeed through the outbox, so the replica must stay in the load
 * balancer.
 */
@Wellness
@ApplicationScoped
class OutboxWellness implements HealthCheck {

    private final OutboxStore store;
    private final OutboxConfig config;

    OutboxWellness(OutboxStore store, OutboxConfig config) {
        this.store = store;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Optional<Instant> oldest = store.oldestPendingAt();
        Duration waited = oldest.map(at -> Duration.between(at, Instant.now())).orElse(Duration.ZERO);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox")
                .status(waited.compareTo(config.backlogAlarm()) <= 0)
                .withData("pending", store.countPending())
                .withData("oldestPendingSeconds", waited.toSeconds());
        return response.build();
    }
}
