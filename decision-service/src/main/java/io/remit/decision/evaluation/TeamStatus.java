package io.remit.decision.evaluation;

/**
 * A team's standing: suspended teams keep existing but hold no autonomy; archived teams take no part at all. Replicas
 * keep team-service's text; the rules read it through {@link #fromText}.
 */
public enum TeamStatus {
    ACTIVE, SUSPENDED, ARCHIVED,
    /**
     * A status team-service introduced after this service was built. Such a team holds no autonomy, as a suspended
     * one, until this service learns what the status means: granting rights nobody defined would be the unsafe guess.
     */
    UNKNOWN;

    /** The status team-service published; any text it does not know (yet) is {@link #UNKNOWN}. */
    public static TeamStatus fromText(String text) {
        for (TeamStatus status : values()) {
            if (status != UNKNOWN && status.name().equals(text)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
