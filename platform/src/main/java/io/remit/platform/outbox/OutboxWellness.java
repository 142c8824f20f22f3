package io.remit.platform.outbox;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The outbox as a wellness check ({@code /q/health/well}): how many events wait for the broker and for how long,
 * and which key the relay holds back because the broker refused it for good. DOWN once the oldest event has waited
 * longer than {@code remit.outbox.backlog-alarm}, or while a key is held. Never a readiness check: during a broker
 * outage writes still succeed through the outbox, so the replica must stay in the load balancer.
 */
@Wellness
@ApplicationScoped
class OutboxWellness implements HealthCheck {

    private final OutboxStore store;
    private final OutboxConfig config;
    private final HeldKeys heldKeys;

    OutboxWellness(OutboxStore store, OutboxConfig config, HeldKeys heldKeys) {
        this.store = store;
        this.config = config;
        this.heldKeys = heldKeys;
    }

    @Override
    public HealthCheckResponse call() {
        Duration waited = store.oldestPendingAt().map(at -> Duration.between(at, Instant.now())).orElse(Duration.ZERO);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox")
                .withData("pending", store.countPending())
                .withData("oldestPendingSeconds", waited.toSeconds())
                .withData("heldKeys", heldKeys.count());
        heldKeys.oldest().ifPresent(hold -> response.withData("oldestHeldSince", hold.since().toString())
                .withData("oldestHeldEvent", hold.eventId()).withData("oldestHeldReason", hold.reason()));
        return response.status(waited.compareTo(config.backlogAlarm()) <= 0 && heldKeys.count() == 0).build();
    }
}
