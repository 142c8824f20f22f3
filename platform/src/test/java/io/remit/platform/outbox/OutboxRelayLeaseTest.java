package io.remit.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A relay that loses its lease in the middle of a drain stops before its next batch. */
class OutboxRelayLeaseTest {

    private static final String TOPIC = "remit.test.lease.v1";

    private final InMemoryOutboxStore store = new InMemoryOutboxStore();
    private final TestOutboxConfig config = new TestOutboxConfig(2, List.of());

    @Test
    void shouldStopSendingOnceAnotherRelayHasTakenTheLeaseOver() {
        for (int i = 0; i < 6; i++) {
            store.append(TOPIC, "team-" + i);
        }
        RecordingPublisher first = new RecordingPublisher(config);
        RecordingPublisher second = new RecordingPublisher(config);
        HandedOverLease lease = new HandedOverLease(config);
        // The first relay's lease is taken over by the second once the first has sent one batch (a long pause, a
        // drain longer than the lease): from then on only the second may publish.
        first.afterEachBatch = lease::handOver;

        relay(lease.heldBy(1), first).relayPending();
        relay(lease.heldBy(2), second).relayPending();

        assertEquals(2, first.sent.size(), "events the first relay sent");
        assertEquals(4, second.sent.size(), "events the second relay sent");
        assertTrue(first.sent.stream().noneMatch(second.sent::contains), "an event sent by both relays");
    }

    private OutboxRelay relay(RelayLease lease, OutboxPublisher publisher) {
        return new OutboxRelay(config, lease, new TopicProvisioner(null, config), store, publisher,
                new HeldKeys(config));
    }

    /** One lease row shared by two relays: {@link #handOver()} gives it from relay 1 to relay 2. */
    static final class HandedOverLease {
        private final OutboxConfig config;
        private final AtomicInteger holder = new AtomicInteger(1);

        HandedOverLease(OutboxConfig config) {
            this.config = config;
        }

        void handOver() {
            holder.set(2);
        }

        RelayLease heldBy(int relay) {
            return new RelayLease(null, config) {
                @Override
                boolean acquire() {
                    return holder.get() == relay;
                }

                @Override
                void release() {
                }
            };
        }
    }

    /** Acknowledges every event and remembers which it sent. */
    static final class RecordingPublisher extends OutboxPublisher {
        final List<String> sent = new ArrayList<>();
        Runnable afterEachBatch = () -> { };

        RecordingPublisher(OutboxConfig config) {
            super(null, config);
        }

        @Override
        synchronized Sent publish(List<OutboxEvent> events) {
            events.forEach(e -> sent.add(e.eventId));
            afterEachBatch.run();
            return new Sent(events, Map.of());
        }
    }
}
