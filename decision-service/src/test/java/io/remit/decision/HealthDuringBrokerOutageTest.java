package io.remit.decision;

import static io.remit.decision.Api.asGovernance;
import static io.remit.decision.Api.boundary;
import static io.remit.decision.Org.root;
import static io.remit.decision.Org.team;
import static io.remit.decision.Org.uniqueId;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.KafkaBrokerResource;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A broker outage keeps the service ready and live (DESIGN, Health and metrics): writes still succeed through the
 * outbox, so the replica must stay in the load balancer and must not be restarted. Only the wellness checks say that
 * Kafka is away and that the outbox is filling up.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class HealthDuringBrokerOutageTest {

    @Test
    void shouldStayReadyAndLiveWhileTheBrokerIsAwayAndReportItAsWellness() {
        String root = root(uniqueId("root")).publish();
        String department = team(uniqueId("dept"), root).publish();
        given().get("/q/health/well").then().statusCode(200);

        var broker = KafkaBrokerResource.broker();
        broker.stop();
        try {
            asGovernance().body(boundary(100_000L, "HIGH", "ORGANISATION"))
                    .put("/teams/{t}/boundaries/spend", department).then().statusCode(201);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/well").then()
                    .statusCode(503)
                    .body("checks.find { it.name == 'kafka' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'outbox' }.status", equalTo("DOWN")));
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                    .body("checks.name", not(hasItem("kafka")));
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            broker.start();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/well").then()
                .statusCode(200).body("checks.status", everyItem(equalTo("UP"))));
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }
}
