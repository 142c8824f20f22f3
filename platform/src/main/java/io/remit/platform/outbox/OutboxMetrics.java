package io.remit.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The relay's metrics, on {@code /q/metrics} with the service's others. */
@ApplicationScoped
class OutboxMetrics {

    void register(@Observes StartupEvent event, MeterRegistry meters, HeldKeys heldKeys) {
        meters.gauge("remit.outbox.held.keys", heldKeys, HeldKeys::count);
    }
}
