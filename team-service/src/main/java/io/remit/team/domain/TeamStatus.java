package io.remit.team.domain;

/** Whether a team may decide: suspended teams escalate everything, archived teams are read-only history. */
public enum TeamStatus {
    ACTIVE, SUSPENDED, ARCHIVED
}
