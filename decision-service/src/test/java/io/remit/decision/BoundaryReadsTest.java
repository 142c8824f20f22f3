package io.remit.decision;

import static io.remit.decision.Api.as;
import static io.remit.decision.Api.boundary;
import static io.remit.decision.Api.setBoundary;
import static io.remit.decision.Org.root;
import static io.remit.decision.Org.team;
import static io.remit.decision.Org.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.decision.boundary.domain.Boundary;
import io.remit.platform.testing.KafkaBrokerResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Boundary reads load the versions in force, not every version of every team. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class BoundaryReadsTest {

    private static final int VERSIONS = 6;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager entityManager;

    String department;
    String team;

    @BeforeEach
    void organisation() {
        String root = root(uniqueId("root")).publish();
        department = team(uniqueId("dept"), root).publish();
        team = team(uniqueId("team"), department).publish();
        setBoundary(department, "spend", boundary(100_000L, "HIGH", "ORGANISATION"));
        setBoundary(department, "hiring", boundary(null, "HIGH", "ORGANISATION"));
        for (long budget = 1; budget <= VERSIONS; budget++) {
            setBoundary(team, "spend", boundary(budget * 1_000L, "MEDIUM", "TEAM"));
        }
    }

    @Test
    void shouldLoadOnlyTheTeamsVersionsInForceForItsCurrentBoundaries() {
        long before = boundaryLoads();

        as("reader").get("/teams/{t}/boundaries", team).then().statusCode(200)
                .body("items.version", contains(VERSIONS))
                .body("items[0].maxBudget.amount", equalTo(VERSIONS * 1_000));
        as("reader").get("/teams/{t}/boundaries", department).then().statusCode(200)
                .body("items.category", contains("hiring", "spend"));

        assertThat(boundaryLoads() - before).isEqualTo(3);
    }

    @Test
    void shouldLeaveSupersededVersionsOutWhenListingConflicts() {
        long stored = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(b) from Boundary b", Long.class).getSingleResult());
        long before = boundaryLoads();

        as("reader").get("/boundaries/conflicts").then().statusCode(200);

        // At least this test's superseded versions of the team were not read; before, every stored row was.
        assertThat(boundaryLoads() - before).isLessThanOrEqualTo(stored - (VERSIONS - 1));
    }

    private long boundaryLoads() {
        Statistics statistics = sessionFactory.getStatistics();
        return statistics.getEntityStatistics(Boundary.class.getName()).getLoadCount();
    }
}
