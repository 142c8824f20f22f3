package io.remit.decision.evaluation;

/** Why a routing level passed over a team on its way to the team that took the escalation. */
public enum SkipReason {
    /** The team has no boundary for the decision's category in force at its decidedAt. */
    NO_BOUNDARY,
    /** The team's boundary does not cover the decision; the detail names each dimension it falls short on. */
    NOT_COVERED,
    /** The team holds no autonomy (suspended, or a status this service does not know). */
    SUSPENDED,
    ARCHIVED,
    /** Nobody there could take the escalation: no lead, and no delegate standing in for one. */
    NO_LEAD_OR_DELEGATE
}
