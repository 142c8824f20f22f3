package io.remit.team.domain;

/** A user's role in a team; leads receive and resolve escalations. */
public enum MemberRole {
    MEMBER, LEAD
}
