package io.remit.team.domain;

/**
 * A delegation's state, computed when it is read: SCHEDULED before {@code validFrom}, ACTIVE from then until
 * {@code validUntil}, EXPIRED after, REVOKED once ended early. Whether it lends authority also needs its delegator to
 * be a LEAD of the team at that instant, which the dates alone do not say.
 */
public enum DelegationStatus {
    SCHEDULED, ACTIVE, EXPIRED, REVOKED
}
