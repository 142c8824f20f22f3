package io.remit.decision;

import static io.remit.decision.Api.PROBLEM;
import static io.remit.decision.Api.as;
import static io.remit.decision.Api.boundary;
import static io.remit.decision.Api.setBoundary;
import static io.remit.decision.Org.root;
import static io.remit.decision.Org.team;
import static io.remit.decision.Org.uniqueId;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.decision.team.events.TeamEventsConsumer;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.TeamEventFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /teams/{id}/authority: who could decide what at an instant, from the team snapshots this service kept. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class TeamAuthorityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldAnswerWhoHeldAuthorityAtEachInstantUpToTheRoot() {
        String rootLead = uniqueId("rory");
        String lead = uniqueId("dana");
        String deputy = uniqueId("deputy");
        String root = root(uniqueId("root")).lead(rootLead).publish();
        Instant beforeTeam = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        TeamEventFixture fixture = team(uniqueId("team"), root).lead(lead).sla("PT8H");
        String team = fixture.publish();
        Instant firstVersion = Instant.now();
        setBoundary(team, "spend", boundary(20_000L, "MEDIUM", "TEAM"));
        Instant hour = Instant.now().plus(Duration.ofHours(1));
        fixture.delegation(lead, deputy, Instant.now().minus(Duration.ofHours(1)), hour, "spend")
                .delegation(lead, uniqueId("later"), hour, hour.plus(Duration.ofDays(1)))
                .delegation(uniqueId("not-a-lead"), uniqueId("nobody"), Instant.now().minusSeconds(60), hour)
                .publish();

        as("reader").queryParam("at", beforeTeam.toString()).get("/teams/{id}/authority", team).then()
                .statusCode(200)
                .body("teamId", equalTo(team))
                .body("recorded", equalTo(false))
                .body("team", nullValue())
                .body("ancestors", empty());
        as("reader").queryParam("at", "0001-01-01T00:00:00Z").get("/teams/{id}/authority", team).then()
                .statusCode(200).body("recorded", equalTo(false)).body("boundaries", empty());
        as("reader").queryParam("at", firstVersion.toString()).get("/teams/{id}/authority", team).then()
                .statusCode(200)
                .body("recorded", equalTo(true))
                .body("team.version", equalTo(0))
                .body("team.parentId", equalTo(root))
                .body("team.escalationSla", equalTo("PT8H"))
                .body("team.leads", contains(lead))
                .body("team.delegations", empty())
                .body("ancestors.teamId", contains(root))
                .body("ancestors[0].leads", contains(rootLead))
                .body("boundaries", empty());
        as("reader").get("/teams/{id}/authority", team).then().statusCode(200)
                .body("recorded", equalTo(true))
                .body("team.version", equalTo(1))
                .body("team.delegations.activeAt", contains(true, false, false))
                .body("team.delegations[0].delegate", equalTo(deputy))
                .body("team.delegations[0].categories", contains("spend"))
                .body("boundaries.category", contains("spend"))
                .body("boundaries[0].maxBudget.amount", equalTo(20000));
    }

    @Test
    void shouldKeepSnapshotsInVersionOrderIgnoringOlderAndRepeatedOnes() {
        String team = uniqueId("solo");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String v5 = teamEvent(team, 5, now.minus(Duration.ofMinutes(10)), "ana");
        feedAndAwait(team, v5, 5);
        Org.feed(TeamEventsConsumer.CHANNEL, team, teamEvent(team, 3, now.minus(Duration.ofMinutes(5)), "bo"));
        Org.feed(TeamEventsConsumer.CHANNEL, team, v5);
        feedAndAwait(team, teamEvent(team, 6, now.minus(Duration.ofMinutes(4)), "cy"), 6);

        authorityAt(team, now.minus(Duration.ofMinutes(11))).body("recorded", equalTo(false))
                .body("historyBegins", equalTo(now.minus(Duration.ofMinutes(10)).toString()));
        authorityAt(team, now.minus(Duration.ofMinutes(6))).body("team.version", equalTo(5))
                .body("team.leads", contains("ana"))
                .body("team.validFrom", equalTo(now.minus(Duration.ofMinutes(10)).toString()));
        authorityAt(team, now.minus(Duration.ofMinutes(3))).body("team.version", equalTo(6))
                .body("team.leads", contains("cy"));

        // A newer version stamped earlier than the one before it takes over where that one began, never before.
        feedAndAwait(team, teamEvent(team, 7, now.minus(Duration.ofMinutes(20)), "di"), 7);
        authorityAt(team, now.minus(Duration.ofMinutes(5))).body("team.version", equalTo(5));
        authorityAt(team, now.minus(Duration.ofMinutes(3))).body("team.version", equalTo(7))
                .body("team.validFrom", equalTo(now.minus(Duration.ofMinutes(4)).toString()));
    }

    @Test
    void shouldRefuseUnknownTeamsMalformedAndFutureInstantsAndAnonymousCallers() {
        String team = root(uniqueId("root")).lead(uniqueId("rory")).publish();

        as("reader").get("/teams/{id}/authority", uniqueId("no-such-team")).then().statusCode(404)
                .contentType(PROBLEM).body("type", equalTo("urn:remit:problem:team-not-found"));
        as("reader").queryParam("at", "yesterday").get("/teams/{id}/authority", team).then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("at"));
        as("reader").queryParam("at", "-999999999-01-01T00:00:00Z").get("/teams/{id}/authority", team).then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("at"));
        as("reader").queryParam("at", Instant.now().plus(Duration.ofDays(1)).toString())
                .get("/teams/{id}/authority", team).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:remit:problem:authority-at-in-future"))
                .body("errors[0].field", equalTo("at"));
        given().get("/teams/{id}/authority", team).then().statusCode(401).contentType(PROBLEM);
    }

    private static io.restassured.response.ValidatableResponse authorityAt(String team, Instant at) {
        return as("reader").queryParam("at", at.toString()).get("/teams/{id}/authority", team).then()
                .statusCode(200);
    }

    private static void feedAndAwait(String team, String event, long version) {
        Org.feed(TeamEventsConsumer.CHANNEL, team, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> Org.replicaVersion(team) == version);
    }

    /** A root team's snapshot as team-service publishes it, at a chosen version and time, led by one user. */
    private static String teamEvent(String team, long version, Instant time, String lead) {
        ObjectNode data = JSON.createObjectNode().put("id", team).put("name", "Team " + team).putNull("parentId")
                .put("status", "ACTIVE").put("escalationSla", "PT24H").put("version", version)
                .put("updatedAt", time.toString());
        data.putObject("contacts").putNull("email").putNull("webhookUrl");
        ArrayNode members = data.putArray("members");
        members.addObject().put("userId", lead).put("role", "LEAD");
        data.putArray("delegations");
        ObjectNode event = JSON.createObjectNode().put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                .put("source", "/remit/team-service").put("type", "remit.team.updated.v1").put("subject", team)
                .put("time", time.toString()).put("datacontenttype", "application/json");
        event.set("data", data);
        Org.TEAM_SCHEMA.assertValid(event);
        return event.toString();
    }
}
