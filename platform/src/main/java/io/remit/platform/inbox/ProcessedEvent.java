package io.remit.platform.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The id of an event whose effect is committed. */
@Entity
@Table(name = "processed_event")
class ProcessedEvent {

    @Id
    @Column(name = "event_id")
    String eventId;

    @Column(name = "processed_at", nullable = false)
    Instant processedAt;
}
