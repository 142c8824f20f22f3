package io.remit.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Keys the relay holds back because the broker refused one of their events for good (too large for its topic, a
 * topic this service may not write to). Skipping that event would break the key's order, and retrying it at the head
 * of the outbox would stop every key; so the event and the key's later events stay pending, in order, while every
 * other key goes on. A held key is tried again after the retry interval, since an operator may fix the cause (an
 * ACL, a topic's size limit).
 */
@ApplicationScoped
class HeldKeys {

    private static final Logger LOG = Logger.getLogger(HeldKeys.class);

    /** Why and since when a key is held, and when it is tried again. */
    record Hold(String eventId, String reason, Instant since, Instant retryAt) {
    }

    private final OutboxConfig config;
    private final Map<String, Hold> holds = new ConcurrentHashMap<>();

    HeldKeys(OutboxConfig config) {
        this.config = config;
    }

    /** Topic and key as one string; Kafka topic names cannot contain a space, so the pair stays unambiguous. */
    static String keyOf(OutboxEvent event) {
        return event.topic + " " + event.messageKey;
    }

    void hold(OutboxEvent event, Throwable refusal) {
        Instant now = Instant.now();
        Hold earlier = holds.get(keyOf(event));
        String reason = refusal.getClass().getSimpleName() + ": " + refusal.getMessage();
        holds.put(keyOf(event), new Hold(event.eventId, reason,
                earlier == null ? now : earlier.since(), now.plus(config.retryInterval())));
        // Warned once per hold; a held key that is refused again on its retry is logged at debug level only.
        LOG.logf(earlier == null ? Logger.Level.WARN : Logger.Level.DEBUG,
                "Kafka refused outbox event %s (seq %d) of key %s on %s for good (%s); holding back that key's events,"
                        + " publishing the other keys, trying again in %s",
                event.eventId, event.seq, event.messageKey, event.topic, reason, config.retryInterval());
    }

    /** Lets go of the keys whose held event the broker has now acknowledged. */
    void published(List<OutboxEvent> events) {
        for (OutboxEvent event : events) {
            if (holds.remove(keyOf(event)) != null) {
                LOG.infof("Outbox event %s of key %s on %s published at last; the key is no longer held back",
                        event.eventId, event.messageKey, event.topic);
            }
        }
    }

    /** The keys (as {@link #keyOf}) not to publish now: held, and not due for another try yet. */
    Set<String> waiting() {
        Instant now = Instant.now();
        return holds.entrySet().stream().filter(e -> now.isBefore(e.getValue().retryAt()))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    int count() {
        return holds.size();
    }

    /** The hold that has lasted longest, if any key is held. */
    Optional<Hold> oldest() {
        return holds.values().stream().min(Comparator.comparing(Hold::since));
    }
}
