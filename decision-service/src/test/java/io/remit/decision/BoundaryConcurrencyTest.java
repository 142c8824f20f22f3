package io.remit.decision;

import static io.remit.decision.Api.as;
import static io.remit.decision.Api.asGovernance;
import static io.remit.decision.Api.boundary;
import static io.remit.decision.Api.setBoundary;
import static io.remit.decision.Org.root;
import static io.remit.decision.Org.team;
import static io.remit.decision.Org.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.KafkaBrokerResource;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Rule 5 holds however boundary writes of a parent and its child interleave: one of them is refused. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class BoundaryConcurrencyTest {

    private static final int PAIRS = 20;

    @Test
    void shouldRefuseOneOfAParentLoweredAndItsChildRaisedAtOnce() throws Exception {
        String root = root(uniqueId("root")).publish();
        String category = uniqueId("race");
        List<String[]> pairs = new ArrayList<>();
        Set<String> teams = new HashSet<>();
        for (int i = 0; i < PAIRS; i++) {
            String parent = team(uniqueId("parent"), root).publish();
            String child = team(uniqueId("child"), parent).publish();
            setBoundary(parent, category, boundary(10_000L, "HIGH", "ORGANISATION"));
            setBoundary(child, category, boundary(10_000L, "MEDIUM", "TEAM"));
            pairs.add(new String[] {parent, child});
            teams.add(parent);
            teams.add(child);
        }

        ExecutorService pool = Executors.newFixedThreadPool(2 * PAIRS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (String[] pair : pairs) {
                answers.add(pool.submit(() -> write(start, pair[0], category,
                        boundary(10_000L, "MEDIUM", "ORGANISATION"))));
                answers.add(pool.submit(() -> write(start, pair[1], category, boundary(10_000L, "HIGH", "TEAM"))));
            }
            start.countDown();
            for (int i = 0; i < PAIRS; i++) {
                Response lowered = answers.get(2 * i).get(60, TimeUnit.SECONDS);
                Response raised = answers.get(2 * i + 1).get(60, TimeUnit.SECONDS);
                assertThat(List.of(lowered.statusCode(), raised.statusCode())).as("pair %d", i)
                        .containsExactlyInAnyOrder(200, 409);
                Response refused = lowered.statusCode() == 409 ? lowered : raised;
                String other = refused == lowered ? pairs.get(i)[1] : pairs.get(i)[0];
                assertThat(refused.<String>path("type")).isEqualTo("urn:remit:problem:boundary-nesting");
                assertThat(refused.<String>path("detail")).contains(other);
                assertThat(refused.<String>path("errors[0].field")).isEqualTo("maxRisk");
            }
        } finally {
            pool.shutdown();
        }

        List<Map<String, Object>> conflicts = as("reader").get("/boundaries/conflicts").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(conflicts).filteredOn(c -> teams.contains(c.get("teamId"))).isEmpty();
    }

    private static Response write(CountDownLatch start, String teamId, String category, Map<String, Object> body)
            throws InterruptedException {
        start.await();
        return asGovernance().body(body).put("/teams/{team}/boundaries/{category}", teamId, category).thenReturn();
    }
}
