package io.remit.notification.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.notification.Fixtures;
import io.remit.notification.team.domain.ReplicaDelegation;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.RepositoryFiles;
import io.remit.platform.testing.TeamEventFixture;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The replica of teams, leads and delegations, fed with the examples team-service ships for its consumers. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class TeamReplicaTest {

    private static final String EXAMPLES = "team-service/src/main/resources/schemas/examples";

    @Inject
    EntityManager em;

    @Test
    void shouldApplyEveryExampleTeamServiceShips() throws Exception {
        List<Path> examples;
        try (Stream<Path> files = Files.list(RepositoryFiles.find(EXAMPLES))) {
            examples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).extracting(f -> f.getFileName().toString()).contains("team-delegations-changed.json");
        for (Path example : examples) {
            String teamId = feed(example);
            long version = ((ObjectNode) Fixtures.JSON.readTree(Files.readString(example))).at("/data/version")
                    .asLong();
            await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.replicaVersion(teamId) == version);
        }
    }

    @Test
    void shouldReplicateTheDelegationsOfTheSnapshotAndDropARevokedOne() throws Exception {
        Path example = RepositoryFiles.find(EXAMPLES + "/team-delegations-changed.json");
        String teamId = feed(example);
        await().atMost(Duration.ofSeconds(30)).until(() -> !delegationsOf(teamId).isEmpty());

        ReplicaDelegation replicated = delegationsOf(teamId).get(0);
        JsonNode shipped = Fixtures.JSON.readTree(Files.readString(example)).at("/data/delegations/0");
        assertThat(replicated.id).isEqualTo(shipped.get("id").asText());
        assertThat(replicated.delegator).isEqualTo("lena");
        assertThat(replicated.delegate).isEqualTo("dev");
        assertThat(replicated.validFrom).isEqualTo(Instant.parse(shipped.get("validFrom").asText()));
        assertThat(replicated.validUntil).isEqualTo(Instant.parse(shipped.get("validUntil").asText()));
        assertThat(replicated.categoryList()).containsExactly("spend", "vendor");
        assertThat(replicated.covers("vendor")).isTrue();
        assertThat(replicated.covers("hiring")).isFalse();

        TeamEventFixture team = Fixtures.root(Fixtures.uniqueId("lent")).lead("lena")
                .delegation("lena", "dev", Instant.now(), Instant.now().plus(Duration.ofDays(1)));
        String lent = team.publish();
        assertThat(delegationsOf(lent)).extracting(d -> d.categories).containsExactly("");
        team.withoutDelegation(team.lastDelegationId()).publish();
        assertThat(delegationsOf(lent)).isEmpty();
    }

    /** Sends an example as team-service would, under a team id of its own; returns that id. */
    private static String feed(Path example) throws Exception {
        ObjectNode event = (ObjectNode) Fixtures.JSON.readTree(Files.readString(example));
        String teamId = Fixtures.uniqueId("example");
        event.put("id", UUID.randomUUID().toString()).put("subject", teamId);
        ((ObjectNode) event.get("data")).put("id", teamId);
        TeamEventFixture.SCHEMA.assertValid(event);
        Fixtures.send(TeamEventFixture.TOPIC, teamId, event.toString());
        return teamId;
    }

    private List<ReplicaDelegation> delegationsOf(String teamId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from ReplicaDelegation d where d.teamId = :team order by d.id", ReplicaDelegation.class)
                .setParameter("team", teamId).getResultList());
    }
}
