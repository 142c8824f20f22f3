package io.remit.team.service;

import io.remit.team.domain.Team;
import java.util.List;

/** A team in the organisation tree with its leads (user ids, sorted) and the branches under it. */
public record TeamBranch(Team team, List<String> leads, List<TeamBranch> children) {

    public TeamBranch {
        leads = List.copyOf(leads);
        children = List.copyOf(children);
    }
}
