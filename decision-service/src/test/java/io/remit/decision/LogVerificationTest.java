package io.remit.decision;

import static io.remit.decision.Api.as;
import static io.remit.decision.Api.boundary;
import static io.remit.decision.Api.decision;
import static io.remit.decision.Api.setBoundary;
import static io.remit.decision.Org.root;
import static io.remit.decision.Org.team;
import static io.remit.decision.Org.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.KafkaBrokerResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Each team's log is a hash chain: it verifies, survives concurrency, and exposes any altered row. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class LogVerificationTest {

    @Inject
    EntityManager entityManager;

    @Test
    void shouldVerifyUntouchedLogAndDetectAlteredDecision() {
        String member = uniqueId("mia");
        String root = root(uniqueId("root")).publish();
        String team = team(uniqueId("team"), root).member(member).publish();
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));
        List<String> ids = new ArrayList<>();
        for (long budget : new long[] {100, 50_000, 200}) {
            ids.add(as(member).body(decision(team, "spend", budget)).post("/decisions").then().statusCode(201)
                    .extract().path("id"));
        }
        // Three decisions and the step that opened the escalation of the second.
        as("auditor").get("/teams/{t}/decisions/verify", team).then().statusCode(200)
                .body("valid", equalTo(true)).body("count", equalTo(4));

        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update remit_decision.decision set budget_amount = 1 where id = :id")
                .setParameter("id", ids.get(1)).executeUpdate());

        as("auditor").get("/teams/{t}/decisions/verify", team).then().statusCode(200)
                .body("valid", equalTo(false))
                .body("firstBroken.logSeq", equalTo(2))
                .body("firstBroken.entry", containsString(ids.get(1)));
    }

    @Test
    void shouldKeepChainValidUnderConcurrentDecisions() throws Exception {
        String member = uniqueId("mia");
        String root = root(uniqueId("root")).publish();
        String team = team(uniqueId("team"), root).member(member).publish();
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                long budget = i % 3 == 0 ? 20_000 : 100;
                calls.add(CompletableFuture.supplyAsync(() -> as(member).body(decision(team, "spend", budget))
                        .post("/decisions").statusCode(), pool));
            }
            for (CompletableFuture<Integer> call : calls) {
                assertThat(call.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        // 50 decisions, 17 of them escalated with an OPENED step each.
        as("auditor").get("/teams/{t}/decisions/verify", team).then()
                .body("valid", equalTo(true)).body("count", equalTo(67));
    }

    /** Verification reads the log a few places at a time (3 in tests): what breaks it must show across ranges. */
    @Test
    void shouldDetectMissingAndForeignEntriesAcrossReadRanges() {
        String member = uniqueId("mia");
        String root = root(uniqueId("root")).publish();
        String team = team(uniqueId("team"), root).member(member).publish();
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(as(member).body(decision(team, "spend", 100L + i)).post("/decisions").then().statusCode(201)
                    .extract().path("id"));
        }
        as("auditor").get("/teams/{t}/decisions/verify", team).then().statusCode(200)
                .body("valid", equalTo(true)).body("count", equalTo(8));

        // A row claiming a place far beyond the head, as if written outside the log.
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update remit_decision.decision set log_seq = 40 where id = :id")
                .setParameter("id", ids.get(7)).executeUpdate());
        as("auditor").get("/teams/{t}/decisions/verify", team).then().statusCode(200)
                .body("valid", equalTo(false))
                .body("count", equalTo(8))
                .body("firstBroken.logSeq", equalTo(40))
                .body("firstBroken.problem", containsString("expected entry 8"));

        // An entry removed from the middle of the log, in the second range.
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update remit_decision.decision set log_seq = 8 where id = :id")
                .setParameter("id", ids.get(7)).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from remit_decision.decision where id = :id")
                .setParameter("id", ids.get(4)).executeUpdate());
        as("auditor").get("/teams/{t}/decisions/verify", team).then().statusCode(200)
                .body("valid", equalTo(false))
                .body("count", equalTo(7))
                .body("firstBroken.problem", containsString("expected entry 5 but found 6"));
    }
}
