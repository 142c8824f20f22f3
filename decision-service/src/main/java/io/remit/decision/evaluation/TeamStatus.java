package io.remit.decision.evaluation;

/** A team's standing: suspended teams keep existing but hold no autonomy; archived teams take no part at all. */
public enum TeamStatus {
    ACTIVE, SUSPENDED, ARCHIVED
}
