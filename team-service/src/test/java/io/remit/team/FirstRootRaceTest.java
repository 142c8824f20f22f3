package io.remit.team;

import static io.remit.team.TeamFixtures.asAdmin;
import static io.remit.team.TeamFixtures.asUser;
import static io.remit.team.TeamFixtures.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.remit.platform.testing.KafkaBrokerResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** On an empty registry, of several first teams without a parent racing each other, exactly one becomes the root. */
@QuarkusTest
@TestProfile(FirstRootRaceTest.EmptyRegistry.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class FirstRootRaceTest {

    private static final int CREATORS = 8;

    /** A schema of its own, emptied at start, so that no other test's root exists yet. */
    public static class EmptyRegistry implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.hibernate-orm.database.default-schema", "remit_team_empty",
                    "quarkus.flyway.schemas", "remit_team_empty",
                    "quarkus.flyway.clean-disabled", "false",
                    "quarkus.flyway.clean-at-start", "true");
        }
    }

    @Test
    void shouldCreateExactlyOneRoot() throws Exception {
        List<Supplier<Integer>> creates = new ArrayList<>();
        for (int i = 0; i < CREATORS; i++) {
            String id = uniqueId("root");
            creates.add(() -> asAdmin().body(Map.of("id", id, "name", "Organisation " + id)).post("/teams")
                    .statusCode());
        }

        List<Integer> statuses = Parallel.runTogether(creates);

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s != 201).containsOnly(409);
        List<Object> parentless = asUser("reader").get("/teams").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.parentId == null }");
        assertThat(parentless).hasSize(1);
    }
}
