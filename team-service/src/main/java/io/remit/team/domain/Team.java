package io.remit.team.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A node of the organisation tree. The root (no parent) holds every decision right. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(name = "parent_id")
    public String parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TeamStatus status;

    @Column(name = "escalation_sla_seconds", nullable = false)
    public long escalationSlaSeconds;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_webhook_url")
    public String contactWebhookUrl;

    /** Grows with every change, memberships included; it is the team's ETag and its event version. */
    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Duration escalationSla() {
        return Duration.ofSeconds(escalationSlaSeconds);
    }

    public boolean isArchived() {
        return status == TeamStatus.ARCHIVED;
    }

    /** Marks the team as changed, so its version moves on even when only its members changed. */
    public void touch() {
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
