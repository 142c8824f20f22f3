package io.remit.notification.team.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A delegation of a lead's authority in a team, as the team's latest snapshot carries it. */
@Entity
@Table(name = "team_replica_delegation")
public class ReplicaDelegation {

    @Id
    public String id;

    @Column(name = "team_id", nullable = false)
    public String teamId;

    @Column(nullable = false)
    public String delegator;

    @Column(nullable = false)
    public String delegate;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    /** Exclusive: the delegation is over at this instant. */
    @Column(name = "valid_until", nullable = false)
    public Instant validUntil;

    /** Comma-separated slugs; empty means every category. */
    @Column(nullable = false)
    public String categories;

    public List<String> categoryList() {
        return categories.isEmpty() ? List.of() : Arrays.asList(categories.split(","));
    }

    /** Whether it lends authority over decisions of this category (no categories: every one). */
    public boolean covers(String category) {
        return categories.isEmpty() || categoryList().contains(category);
    }

    public static String joined(List<String> categories) {
        return String.join(",", categories);
    }
}
