package io.remit.notification.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try to deliver an email or webhook notification, kept whatever its outcome. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt {

    public static final String DELIVERED = "DELIVERED";
    /** Failed in a way that may pass (5xx, timeout, connection refused): tried again later. */
    public static final String RETRY = "RETRY";
    /** Failed for good (4xx, refused address, attempts used up). */
    public static final String FAILED = "FAILED";

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

    @Column(nullable = false)
    public String outcome;
}
