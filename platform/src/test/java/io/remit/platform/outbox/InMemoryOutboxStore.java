package io.remit.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The outbox table as a list, for tests of the relay that need no database. */
class InMemoryOutboxStore extends OutboxStore {

    private final List<OutboxEvent> events = new ArrayList<>();
    private long nextSeq = 1;

    InMemoryOutboxStore() {
        super(null);
    }

    /** Appends an event with a small payload naming its position, as {@link Outbox#append} would. */
    synchronized OutboxEvent append(String topic, String key) {
        return append(topic, key, "{\"seq\":" + nextSeq + "}");
    }

    synchronized OutboxEvent append(String topic, String key, String payload) {
        OutboxEvent event = new OutboxEvent(UUID.randomUUID().toString(), topic, key, payload, Instant.now());
        event.seq = nextSeq++;
        events.add(event);
        return event;
    }

    @Override
    synchronized List<OutboxEvent> nextPending(int limit, Set<String> heldKeys) {
        return events.stream().filter(e -> e.publishedAt == null && !heldKeys.contains(HeldKeys.keyOf(e)))
                .sorted(Comparator.comparing((OutboxEvent e) -> e.seq)).limit(limit).toList();
    }

    @Override
    synchronized void markPublished(List<OutboxEvent> published) {
        published.forEach(e -> e.publishedAt = Instant.now());
    }

    @Override
    synchronized long countPending() {
        return events.stream().filter(e -> e.publishedAt == null).count();
    }

    @Override
    synchronized Optional<Instant> oldestPendingAt() {
        return events.stream().filter(e -> e.publishedAt == null).map(e -> e.createdAt).min(Comparator.naturalOrder());
    }
}
