package io.remit.platform.outbox;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The single row that says which instance may publish the outbox until when. */
@Entity
@Table(name = "outbox_lease")
class OutboxLease {

    static final String RELAY = "relay";

    @Id
    String name;

    String owner;

    @jakarta.persistence.Column(name = "expires_at")
    Instant expiresAt;
}
