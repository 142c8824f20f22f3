package io.remit.team.service;

import io.remit.team.domain.Membership;
import io.remit.team.domain.Team;
import java.util.List;

/**
 * One team as its console page shows it to one reader: the team, its parent (null for a root), the teams directly
 * under it, its members with leads first, and its delegations scheduled or in force, each with whether this reader
 * may see its reason.
 */
public record TeamPortrait(
        Team team,
        Team parent,
        List<Team> children,
        List<Membership> members,
        List<DelegationReading> delegations) {

    public TeamPortrait {
        children = List.copyOf(children);
        members = List.copyOf(members);
        delegations = List.copyOf(delegations);
    }
}
