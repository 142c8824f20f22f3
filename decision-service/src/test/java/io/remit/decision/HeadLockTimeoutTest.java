package io.remit.decision;

import static io.remit.decision.Api.as;
import static io.remit.decision.Api.boundary;
import static io.remit.decision.Api.decision;
import static io.remit.decision.Api.setBoundary;
import static io.remit.decision.Org.root;
import static io.remit.decision.Org.team;
import static io.remit.decision.Org.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.decision.teamlog.TeamLog;
import io.remit.platform.testing.KafkaBrokerResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A decision that cannot get its team log's head lock in time is a 503 to retry, not a 500. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class HeadLockTimeoutTest {

    @Inject
    TeamLog teamLog;

    @Test
    void shouldAnswer503WithRetryAfterWhenTheHeadLockIsNotGrantedInTime() throws Exception {
        Assumptions.assumeTrue("h2".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind",
                String.class)), "only H2 bounds the wait for a lock by default");
        String member = uniqueId("mia");
        String root = root(uniqueId("root")).publish();
        String team = team(uniqueId("team"), root).member(member).publish();
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            teamLog.lockHead(team);
            locked.countDown();
            await(release);
        }));
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            Response response = as(member).body(decision(team, "spend", 1_000L)).post("/decisions");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("Retry-After")).isEqualTo("1");
            assertThat(response.jsonPath().getString("type")).isEqualTo("urn:remit:problem:busy");
        } finally {
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        }
        as(member).body(decision(team, "spend", 1_000L)).post("/decisions").then().statusCode(201);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
