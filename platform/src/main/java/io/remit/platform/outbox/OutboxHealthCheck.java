package io.remit.platform.outbox;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Down while the relay holds back a key that the broker refused for good, so an operator sees what waits and why. A
 * wellness check, never readiness: writes still succeed through the outbox.
 */
@Wellness
@ApplicationScoped
class OutboxHealthCheck implements HealthCheck {

    private final HeldKeys heldKeys;

    OutboxHealthCheck(HeldKeys heldKeys) {
        this.heldKeys = heldKeys;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("outbox relay").withData("heldKeys", heldKeys.count());
        heldKeys.oldest().ifPresent(hold -> response.withData("oldestHeldSince", hold.since().toString())
                .withData("oldestHeldEvent", hold.eventId()).withData("oldestHeldReason", hold.reason()));
        return response.status(heldKeys.count() == 0).build();
    }
}
