package io.remit.decision.team.domain;

import io.remit.decision.evaluation.TeamStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A team as team-service last published it. */
@Entity
@Table(name = "team_replica")
public class ReplicaTeam {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(name = "parent_id")
    public String parentId;

    /** ACTIVE, SUSPENDED or ARCHIVED as team-service wrote it; text, so a status added later never breaks it. */
    @Column(nullable = false)
    public String status;

    @Column(name = "escalation_sla_seconds", nullable = false)
    public long escalationSlaSeconds;

    /** The snapshot version this row reflects; older snapshots are ignored. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isArchived() {
        return TeamStatus.fromText(status) == TeamStatus.ARCHIVED;
    }

    public Duration escalationSla() {
        return Duration.ofSeconds(escalationSlaSeconds);
    }
}
