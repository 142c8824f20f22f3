package io.remit.notification.team.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A team as team-service last published it: what notifications need of it. */
@Entity
@Table(name = "team_replica")
public class ReplicaTeam {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(name = "parent_id")
    public String parentId;

    /** ACTIVE, SUSPENDED or ARCHIVED, kept as text so a status added later does not break the replica. */
    @Column(nullable = false)
    public String status;

    @Column(name = "escalation_sla_seconds", nullable = false)
    public long escalationSlaSeconds;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_webhook_url")
    public String contactWebhookUrl;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Duration escalationSla() {
        return Duration.ofSeconds(escalationSlaSeconds);
    }

    public boolean isRoot() {
        return parentId == null;
    }

    public boolean hasChannel() {
        return contactEmail != null || contactWebhookUrl != null;
    }
}
