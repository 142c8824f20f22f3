package io.remit.team.service;

import io.remit.team.domain.MemberRole;
import io.remit.team.domain.Membership;
import io.remit.team.domain.MembershipRepository;
import io.remit.team.domain.Team;
import io.remit.team.domain.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;

/**
 * What the console reads about the organisation: the whole tree, and one team with everything around it. It only
 * reads, through the same repositories and delegation rules as the API.
 */
@ApplicationScoped
@Transactional
public class OrganisationService {

    /** Leads first, then by user id. */
    private static final Comparator<Membership> LEADS_FIRST = Comparator
            .comparing((Membership m) -> m.role != MemberRole.LEAD).thenComparing(m -> m.userId);

    private final TeamService teamService;
    private final DelegationService delegationService;
    private final TeamRepository teams;
    private final MembershipRepository memberships;

    OrganisationService(TeamService teamService, DelegationService delegationService, TeamRepository teams,
            MembershipRepository memberships) {
        this.teamService = teamService;
        this.delegationService = delegationService;
        this.teams = teams;
        this.memberships = memberships;
    }

    /** The organisation tree from one query for teams and one for leads, however many teams there are. */
    public OrganisationTree readOrganisation(boolean withArchived) {
        return OrganisationTree.of(teams.findAllForReading(), memberships.findAllLeads(), withArchived);
    }

    /** One team for one reader; an unknown team is a 404. */
    public TeamPortrait readTeam(String teamId, Caller reader) {
        Team team = teamService.findTeam(teamId);
        Team parent = team.parentId == null ? null : teams.findByIdOptional(team.parentId).orElse(null);
        List<Team> children = teams.findChildren(teamId).stream().sorted(OrganisationTree.BY_NAME).toList();
        List<Membership> members = memberships.findByTeam(teamId).stream().sorted(LEADS_FIRST).toList();
        return new TeamPortrait(team, parent, children, members,
                delegationService.listDelegationsInForce(teamId, reader));
    }
}
