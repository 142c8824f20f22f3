package io.remit.team;

import static io.remit.team.TeamFixtures.ROOT;
import static io.remit.team.TeamFixtures.asAdmin;
import static io.remit.team.TeamFixtures.asUser;
import static io.remit.team.TeamFixtures.createTeam;
import static io.remit.team.TeamFixtures.ensureRoot;
import static io.remit.team.TeamFixtures.etagOf;
import static io.remit.team.TeamFixtures.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.team.domain.TeamRepository;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Structural writes take turns, so the tree stays one tree however they interleave. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class TreeConcurrencyTest {

    private static final int PAIRS = 20;

    @Inject
    TeamRepository teams;

    @Test
    void shouldNeverFormACycleFromCrossedMoves() throws Exception {
        ensureRoot();
        List<String[]> pairs = new ArrayList<>();
        List<Supplier<Integer>> moves = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            String parent = createTeam(ROOT);
            String a = createTeam(parent);
            String b = createTeam(parent);
            pairs.add(new String[] {a, b});
            moves.add(move(a, b));
            moves.add(move(b, a));
        }

        List<Integer> statuses = Parallel.runTogether(moves);

        for (int i = 0; i < PAIRS; i++) {
            assertThat(statuses.subList(2 * i, 2 * i + 2)).as("pair %d", i).containsExactlyInAnyOrder(200, 409);
            for (String team : pairs.get(i)) {
                List<String> ancestors = asUser("reader").get("/teams/{id}/ancestors", team)
                        .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
                assertThat(ancestors).as("ancestors of %s", team).doesNotContain(team).last().isEqualTo(ROOT);
            }
        }
    }

    @Test
    void shouldNeverLeaveAnActiveTeamUnderAnArchivedOne() throws Exception {
        ensureRoot();
        List<String> parents = new ArrayList<>();
        List<Supplier<Integer>> writes = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            String parent = createTeam(ROOT);
            parents.add(parent);
            writes.add(() -> asAdmin().post("/teams/{id}/archive", parent).statusCode());
            String child = uniqueId("child");
            writes.add(() -> asAdmin().body(Map.of("id", child, "name", "Child", "parentId", parent))
                    .post("/teams").statusCode());
        }

        List<Integer> statuses = Parallel.runTogether(writes);

        for (int i = 0; i < PAIRS; i++) {
            List<Integer> pair = statuses.subList(2 * i, 2 * i + 2);
            // Either the archive came first and the create was refused, or the create came first and the archive.
            assertThat(pair).as("archive and create under %s", parents.get(i))
                    .isIn(List.of(200, 422), List.of(409, 201));
            String status = asUser("reader").get("/teams/{id}", parents.get(i)).then().statusCode(200)
                    .extract().path("status");
            if ("ARCHIVED".equals(status)) {
                asUser("reader").queryParam("parentId", parents.get(i)).get("/teams").then().statusCode(200)
                        .body("items.findAll { it.status != 'ARCHIVED' }.size()", org.hamcrest.Matchers.is(0));
            }
        }
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenTheTreeLockIsNotGrantedInTime() throws Exception {
        Assumptions.assumeTrue("h2".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind",
                String.class)), "only H2 bounds the wait for a lock by default");
        ensureRoot();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            teams.lockTree();
            locked.countDown();
            await(release);
        }));
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            Response response = asAdmin().body(Map.of("id", uniqueId("waiting"), "name", "Waiting",
                    "parentId", ROOT)).post("/teams");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("Retry-After")).isEqualTo("1");
            assertThat(response.jsonPath().getString("type")).isEqualTo("urn:remit:problem:busy");
        } finally {
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        }
    }

    private static Supplier<Integer> move(String team, String newParent) {
        String etag = etagOf(team);
        return () -> asAdmin().header("If-Match", etag).body(Map.of("parentId", newParent))
                .patch("/teams/{id}", team).statusCode();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
