package io.remit.decision.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeamStatusTest {

    @ParameterizedTest(name = "''{0}'' reads as {1}")
    @CsvSource(nullValues = "-", textBlock = """
            ACTIVE,    ACTIVE
            SUSPENDED, SUSPENDED
            ARCHIVED,  ARCHIVED
            DORMANT,   UNKNOWN
            active,    UNKNOWN
            UNKNOWN,   UNKNOWN
            -,         UNKNOWN
            """)
    void shouldReadTeamServicesTextAndKeepUnknownStatusesApart(String text, TeamStatus status) {
        assertThat(TeamStatus.fromText(text)).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}: autonomy {1}, archived {2}")
    @CsvSource(textBlock = """
            ACTIVE,    true,  false
            SUSPENDED, false, false
            ARCHIVED,  false, true
            UNKNOWN,   false, false
            """)
    void shouldGrantAutonomyOnlyToActiveTeams(TeamStatus status, boolean autonomy, boolean archived) {
        TeamNode team = new TeamNode("dev", "eng", status, true);

        assertThat(team.holdsAutonomy()).isEqualTo(autonomy);
        assertThat(team.isArchived()).isEqualTo(archived);
    }
}
