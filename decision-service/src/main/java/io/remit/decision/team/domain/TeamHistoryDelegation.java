package io.remit.decision.team.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A delegation one kept version of a team carried (neither revoked nor over when that snapshot was taken). */
@Entity
@Table(name = "team_history_delegation")
@IdClass(TeamHistoryDelegation.Key.class)
public class TeamHistoryDelegation {

    @Id
    @Column(name = "team_id")
    public String teamId;

    @Id
    public long version;

    @Id
    @Column(name = "delegation_id")
    public String delegationId;

    @Column(nullable = false, updatable = false)
    public String delegator;

    @Column(nullable = false, updatable = false)
    public String delegate;

    @Column(name = "valid_from", nullable = false, updatable = false)
    public Instant validFrom;

    @Column(name = "valid_until", nullable = false, updatable = false)
    public Instant validUntil;

    /** Comma-separated slugs; empty means every category. */
    @Column(nullable = false, updatable = false)
    public String categories;

    public List<String> categoryList() {
        return categories.isEmpty() ? List.of() : Arrays.asList(categories.split(","));
    }

    public static class Key implements Serializable {
        public String teamId;
        public long version;
        public String delegationId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(teamId, key.teamId) && version == key.version
                    && Objects.equals(delegationId, key.delegationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(teamId, version, delegationId);
        }
    }
}
