package io.remit.team;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remit.platform.testing.RepositoryFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The examples consumers test with are valid team events, and the schema does reject broken ones. */
class TeamEventSchemaTest {

    @Test
    void shouldAcceptEveryPublishedExample() throws IOException {
        List<Path> examples;
        Path folder = RepositoryFiles.find("team-service/src/main/resources/schemas/examples");
        try (Stream<Path> files = Files.list(folder)) {
            examples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        org.assertj.core.api.Assertions.assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
        for (Path example : examples) {
            TeamEventsTest.SCHEMA.assertValid(Files.readString(example));
        }
    }

    @Test
    void shouldRejectEventWithoutMembersOrWithUnknownType() throws IOException {
        String example = Files.readString(
                RepositoryFiles.find("team-service/src/main/resources/schemas/examples/team-created.json"));
        assertThatThrownBy(() -> TeamEventsTest.SCHEMA.assertValid(example.replace("\"members\": [],", "")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("members");
        assertThatThrownBy(() -> TeamEventsTest.SCHEMA.assertValid(
                example.replace("remit.team.created.v1", "remit.team.renamed.v1")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void shouldRejectADelegationWithoutDelegateOrWithCategoriesThatAreNotSlugs() throws IOException {
        String example = Files.readString(RepositoryFiles.find(
                "team-service/src/main/resources/schemas/examples/team-delegations-changed.json"));
        TeamEventsTest.SCHEMA.assertValid(example);
        assertThatThrownBy(() -> TeamEventsTest.SCHEMA.assertValid(example.replace("\"delegate\": \"dev\",", "")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("delegate");
        assertThatThrownBy(() -> TeamEventsTest.SCHEMA.assertValid(example.replace("\"vendor\"", "\"Vendor X\"")))
                .isInstanceOf(AssertionError.class);
    }
}
