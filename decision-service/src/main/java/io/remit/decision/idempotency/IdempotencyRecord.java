package io.remit.decision.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A caller's Idempotency-Key with the response of the request that succeeded with it. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyRecord.Key.class)
class IdempotencyRecord {

    @Id
    String caller;

    @Id
    @Column(name = "idem_key")
    String idemKey;

    @Column(name = "request_hash", nullable = false)
    String requestHash;

    Integer status;

    String location;

    @Column(name = "response_body")
    String responseBody;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    public static class Key implements Serializable {
        public String caller;
        public String idemKey;

        public Key() {
        }

        Key(String caller, String idemKey) {
            this.caller = caller;
            this.idemKey = idemKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(caller, key.caller)
                    && Objects.equals(idemKey, key.idemKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, idemKey);
        }
    }
}
