package io.remit.decision.team.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One team snapshot this service applied, valid from {@link #validFrom} until the team's next kept version. Its
 * members and delegations are {@link TeamHistoryMember} and {@link TeamHistoryDelegation} rows of the same version.
 */
@Entity
@Table(name = "team_history")
@IdClass(TeamHistory.Key.class)
public class TeamHistory {

    /** Applied from a team event, valid from the event's time. */
    public static final String FROM_EVENT = "EVENT";
    /** The replica as the migration that began this history found it, valid from that migration. */
    public static final String FROM_REPLICA = "REPLICA";

    @Id
    @Column(name = "team_id")
    public String teamId;

    @Id
    public long version;

    @Column(name = "valid_from", nullable = false, updatable = false)
    public Instant validFrom;

    @Column(name = "parent_id", updatable = false)
    public String parentId;

    @Column(nullable = false, updatable = false)
    public String status;

    @Column(name = "escalation_sla_seconds", nullable = false, updatable = false)
    public long escalationSlaSeconds;

    @Column(nullable = false, updatable = false)
    public String origin;

    public Duration escalationSla() {
        return Duration.ofSeconds(escalationSlaSeconds);
    }

    public static class Key implements Serializable {
        public String teamId;
        public long version;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(teamId, key.teamId) && version == key.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(teamId, version);
        }
    }
}
