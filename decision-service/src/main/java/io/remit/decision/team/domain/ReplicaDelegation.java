package io.remit.decision.team.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A delegation of a lead's authority in a team, as the team's latest snapshot carries it. */
@Entity
@Table(name = "team_replica_delegation")
@IdClass(ReplicaDelegation.Key.class)
public class ReplicaDelegation {

    @Id
    @Column(name = "team_id")
    public String teamId;

    @Id
    public String id;

    @Column(nullable = false)
    public String delegator;

    @Column(nullable = false)
    public String delegate;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    @Column(name = "valid_until", nullable = false)
    public Instant validUntil;

    /** Comma-separated slugs; empty means every category. */
    @Column(nullable = false)
    public String categories;

    public List<String> categoryList() {
        return categories.isEmpty() ? List.of() : Arrays.asList(categories.split(","));
    }

    public static String joined(List<String> categories) {
        return String.join(",", categories);
    }

    public static class Key implements Serializable {
        public String teamId;
        public String id;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(teamId, key.teamId) && Objects.equals(id, key.id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(teamId, id);
        }
    }
}
