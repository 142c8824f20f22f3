package io.remit.notification.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try to deliver an email or webhook notification, kept whatever its outcome. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt {

    @Id
    public String id;

    @Column(name = "notification_id", nullable = false)
    public String notificationId;

    @Column(nullable = false)
    public int attempt;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    /** The HTTP status of a webhook call; null for email or when no response came. */
    @Column(name = "status_code")
    public Integer statusCode;

    @Column(name = "latency_ms", nullable = false)
    public long latencyMs;

    public String error;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttemptOutcome outcome;
}
