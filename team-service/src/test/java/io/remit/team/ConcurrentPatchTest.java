package io.remit.team;

import static io.remit.team.TeamFixtures.asAdmin;
import static io.remit.team.TeamFixtures.createTeam;
import static io.remit.team.TeamFixtures.ensureRoot;
import static io.remit.team.TeamFixtures.etagOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.KafkaBrokerResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Lost updates cannot happen: of concurrent PATCHes carrying the same ETag, exactly one wins. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class ConcurrentPatchTest {

    @Test
    void shouldLetExactlyOneOfConcurrentPatchesWithTheSameEtagWin() throws Exception {
        ensureRoot();
        String team = createTeam("root");
        String etag = etagOf(team);
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<CompletableFuture<Integer>> patches = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String name = "Writer " + i;
                patches.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return asAdmin().header("If-Match", etag).body(Map.of("name", name))
                            .patch("/teams/{id}", team).statusCode();
                }, pool));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> patch : patches) {
                statuses.add(patch.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 412);
        } finally {
            pool.shutdown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
