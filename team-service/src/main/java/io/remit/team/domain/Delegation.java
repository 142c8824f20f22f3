package io.remit.team.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A lead's authority in one team lent to a delegate from {@code validFrom} (inclusive) to {@code validUntil}
 * (exclusive), for some categories or, with none, for all. A revocation ends it early and is recorded here; the row
 * itself stays as history.
 */
@Entity
@Table(name = "team_delegation")
public class Delegation {

    /** UUIDv7, so that the newest sort last and lists can page by id alone. */
    @Id
    public String id;

    @Column(name = "team_id", nullable = false, updatable = false)
    public String teamId;

    @Column(nullable = false, updatable = false)
    public String delegator;

    @Column(nullable = false, updatable = false)
    public String delegate;

    @Column(name = "valid_from", nullable = false, updatable = false)
    public Instant validFrom;

    @Column(name = "valid_until", nullable = false, updatable = false)
    public Instant validUntil;

    /** Comma-separated slugs (a slug has no comma); empty means every category. */
    @Column(name = "categories", nullable = false, updatable = false)
    String categoryList;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revocation_reason")
    public String revocationReason;

    public List<String> categories() {
        return categoryList == null || categoryList.isEmpty() ? List.of() : Arrays.asList(categoryList.split(","));
    }

    public void categories(List<String> categories) {
        categoryList = String.join(",", categories);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Over at {@code t}: its period has ended (a revocation aside). */
    public boolean isOverAt(Instant t) {
        return !t.isBefore(validUntil);
    }

    /** Still to be reckoned with at {@code t}: neither revoked nor over, whether it has started or not. */
    public boolean isInForceAt(Instant t) {
        return !isRevoked() && !isOverAt(t);
    }

    /** Whether its period shares an instant with [{@code from}, {@code until}). */
    public boolean overlaps(Instant from, Instant until) {
        return validFrom.isBefore(until) && from.isBefore(validUntil);
    }

    /** Its state at {@code t}: a revocation outweighs the dates. */
    public DelegationStatus statusAt(Instant t) {
        if (isRevoked()) {
            return DelegationStatus.REVOKED;
        }
        if (t.isBefore(validFrom)) {
            return DelegationStatus.SCHEDULED;
        }
        return isOverAt(t) ? DelegationStatus.EXPIRED : DelegationStatus.ACTIVE;
    }
}
