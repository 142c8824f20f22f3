package io.remit.team.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.remit.team.domain.MemberRole;
import io.remit.team.domain.Membership;
import io.remit.team.domain.Team;
import io.remit.team.domain.TeamStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The organisation tree the console draws, built in memory from plain teams and lead memberships. */
class OrganisationTreeTest {

    @Test
    void shouldHangEveryTeamUnderItsParentOrderedByName() {
        List<Team> teams = List.of(team("root", "Organisation", null, TeamStatus.ACTIVE),
                team("pay", "payments", "root", TeamStatus.ACTIVE),
                team("acq", "Acquiring", "pay", TeamStatus.SUSPENDED),
                team("ops", "Operations", "root", TeamStatus.ACTIVE));

        OrganisationTree tree = OrganisationTree.of(teams, List.of(), true);

        assertThat(tree.roots()).extracting(branch -> branch.team().id).containsExactly("root");
        TeamBranch root = tree.roots().get(0);
        assertThat(root.children()).extracting(branch -> branch.team().id).containsExactly("ops", "pay");
        assertThat(root.children().get(1).children()).extracting(branch -> branch.team().id).containsExactly("acq");
        assertThat(tree.teams()).isEqualTo(4);
        assertThat(tree.suspended()).isEqualTo(1);
    }

    @Test
    void shouldNameEachTeamsLeadsSorted() {
        List<Team> teams = List.of(team("root", "Organisation", null, TeamStatus.ACTIVE));
        List<Membership> leads = List.of(lead("root", "zoe"), lead("root", "ann"));

        OrganisationTree tree = OrganisationTree.of(teams, leads, true);

        assertThat(tree.roots().get(0).leads()).containsExactly("ann", "zoe");
    }

    @Test
    void shouldLeaveArchivedTeamsOutWhenAskedButCountThem() {
        List<Team> teams = List.of(team("root", "Organisation", null, TeamStatus.ACTIVE),
                team("old", "Old", "root", TeamStatus.ARCHIVED),
                team("older", "Older", "old", TeamStatus.ARCHIVED),
                team("former-root", "Former root", null, TeamStatus.ARCHIVED));

        OrganisationTree withArchived = OrganisationTree.of(teams, List.of(), true);
        OrganisationTree withoutArchived = OrganisationTree.of(teams, List.of(), false);

        assertThat(withArchived.roots()).extracting(branch -> branch.team().id)
                .containsExactly("former-root", "root");
        assertThat(withoutArchived.roots()).extracting(branch -> branch.team().id).containsExactly("root");
        assertThat(withoutArchived.roots().get(0).children()).isEmpty();
        assertThat(withoutArchived.archived()).isEqualTo(3);
    }

    @Test
    void shouldDrawAFewThousandTeamsQuickly() {
        List<Team> teams = new ArrayList<>();
        List<Membership> leads = new ArrayList<>();
        teams.add(team("root", "Organisation", null, TeamStatus.ACTIVE));
        for (int i = 0; i < 5_000; i++) {
            String parent = i < 50 ? "root" : "t" + (i / 50 - 1);
            teams.add(team("t" + i, "Team " + i, parent, TeamStatus.ACTIVE));
            leads.add(lead("t" + i, "lead-" + i));
        }

        long started = System.nanoTime();
        OrganisationTree tree = OrganisationTree.of(teams, leads, true);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(tree.teams()).isEqualTo(5_001);
        assertThat(tree.roots().get(0).children()).hasSize(50);
        assertThat(took).isLessThan(Duration.ofSeconds(1));
    }

    private static Team team(String id, String name, String parentId, TeamStatus status) {
        Team team = new Team();
        team.id = id;
        team.name = name;
        team.parentId = parentId;
        team.status = status;
        team.escalationSlaSeconds = 86_400;
        return team;
    }

    private static Membership lead(String teamId, String userId) {
        Membership membership = new Membership();
        membership.teamId = teamId;
        membership.userId = userId;
        membership.role = MemberRole.LEAD;
        return membership;
    }
}
