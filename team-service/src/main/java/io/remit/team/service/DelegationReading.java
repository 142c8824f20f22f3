package io.remit.team.service;

import io.remit.team.domain.Delegation;
import io.remit.team.domain.DelegationStatus;

/**
 * A delegation as one caller may read it now: its computed status, whether its delegator is a LEAD of the team at
 * this moment (without which it lends nothing), and whether this caller may see its reasons.
 */
public record DelegationReading(
        Delegation delegation,
        DelegationStatus status,
        boolean delegatorIsLead,
        boolean reasonShown) {
}
