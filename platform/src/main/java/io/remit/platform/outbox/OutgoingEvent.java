package io.remit.platform.outbox;

/**
 * An event a service publishes, knowing where it goes: its topic, the record key that orders it, its CloudEvents
 * type and subject. Each event type is one class, so a call site only says {@code outbox.append(event)}.
 *
 * <p>The accessors are not bean getters, so Jackson writes only the record components of {@link #data()}.
 */
public interface OutgoingEvent {

    /** The Kafka topic the relay publishes the event to. */
    String topic();

    /** The record key: events with one key keep their order. */
    String key();

    /** The CloudEvents {@code type}, e.g. {@code remit.decision.recorded.v1}. */
    String type();

    /** The CloudEvents {@code subject}: the aggregate the event is about. */
    String subject();

    /** The CloudEvents {@code data}: the event itself unless it says otherwise. */
    default Object data() {
        return this;
    }
}
