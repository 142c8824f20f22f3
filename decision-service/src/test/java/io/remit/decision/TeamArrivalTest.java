package io.remit.decision;

import static io.remit.decision.Api.as;
import static io.remit.decision.Api.asGovernance;
import static io.remit.decision.Api.boundary;
import static io.remit.decision.Api.decision;
import static io.remit.decision.Org.root;
import static io.remit.decision.Org.team;
import static io.remit.decision.Org.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.KafkaBrokerResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A write naming a team whose event is still on its way waits for it (evaluation rule 1), so a script that creates a
 * team and then uses it succeeds on its first try; a team that never comes is refused after at most the wait.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class TeamArrivalTest {

    /** Later than a request takes to reach the service, within the two seconds a write waits. */
    private static final long EVENT_DELAY_MILLIS = 900;

    @Test
    void shouldWaitForATeamWhoseEventArrivesAfterTheBoundaryWrite() throws Exception {
        String root = root(uniqueId("root")).publish();
        String late = uniqueId("late");
        RequestSpecification governance = asGovernance().body(boundary(5_000L, "LOW", "TEAM"));
        Response response = whileTheTeamIsOnItsWay(team(late, root)::publish,
                () -> governance.put("/teams/{t}/boundaries/spend", late).thenReturn());
        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void shouldWaitForATeamWhoseEventArrivesAfterTheDecision() throws Exception {
        String root = root(uniqueId("root")).publish();
        String member = uniqueId("mia");
        String late = uniqueId("late");
        RequestSpecification asMember = as(member).body(decision(late, "spend", 10L));
        Response response = whileTheTeamIsOnItsWay(team(late, root).member(member)::publish,
                () -> asMember.post("/decisions").thenReturn());
        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void shouldRefuseATeamThatNeverComesAfterTheWait() {
        long started = System.nanoTime();
        asGovernance().body(boundary(5_000L, "LOW", "TEAM")).put("/teams/{t}/boundaries/spend", uniqueId("never"))
                .then().statusCode(404).header("Retry-After", "1");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(2)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void shouldNotWaitForAnIdNoTeamCanHave() {
        long started = System.nanoTime();
        asGovernance().body(boundary(5_000L, "LOW", "TEAM")).put("/teams/{t}/boundaries/spend", "Not_A_Team")
                .then().statusCode(404);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void shouldAnswer503UntilEveryTeamAboveHasArrived() {
        String parent = uniqueId("parent");
        String child = team(uniqueId("child"), parent).publish();
        as(uniqueId("reader")).body(decision(child, "spend", 10L)).post("/decisions/evaluate")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "1")
                .body("type", org.hamcrest.Matchers.endsWith("team-hierarchy-incomplete"));
        root(parent).publish();
        as(uniqueId("reader")).body(decision(child, "spend", 10L)).post("/decisions/evaluate")
                .then().statusCode(200);
    }

    private static Response whileTheTeamIsOnItsWay(Supplier<String> publishTeam, Supplier<Response> write)
            throws Exception {
        // A first request of the run may take longer than the delay to leave the client: warm the path up first.
        as(uniqueId("warm")).get("/boundaries/conflicts").then().statusCode(200);
        CompletableFuture<Response> answer = CompletableFuture.supplyAsync(write);
        Thread.sleep(EVENT_DELAY_MILLIS);
        assertThat(answer).as("the write must still be waiting when its team is published").isNotDone();
        publishTeam.get();
        return answer.get(30, TimeUnit.SECONDS);
    }
}
