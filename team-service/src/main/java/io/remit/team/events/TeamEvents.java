package io.remit.team.events;

/** The topic and the event types team-service publishes; every event carries the full team snapshot. */
public final class TeamEvents {

    /** Keyed by team id and compacted: the latest event of each team is enough to rebuild a replica. */
    public static final String TOPIC = "remit.team.events.v1";

    public static final String CREATED = "remit.team.created.v1";
    public static final String UPDATED = "remit.team.updated.v1";
    public static final String ARCHIVED = "remit.team.archived.v1";
    public static final String MEMBERSHIP_CHANGED = "remit.team.membership-changed.v1";
    /** A delegation of one of the team's leads was created or revoked. */
    public static final String DELEGATIONS_CHANGED = "remit.team.delegations-changed.v1";

    private TeamEvents() {
    }
}
