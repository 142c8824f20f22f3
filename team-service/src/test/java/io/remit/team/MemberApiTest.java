package io.remit.team;

import static io.remit.team.TeamFixtures.asAdmin;
import static io.remit.team.TeamFixtures.asGovernance;
import static io.remit.team.TeamFixtures.asUser;
import static io.remit.team.TeamFixtures.createTeam;
import static io.remit.team.TeamFixtures.ensureRoot;
import static io.remit.team.TeamFixtures.uniqueId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.contract.ContractValidation;
import io.remit.team.service.MembershipService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class MemberApiTest {

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void organisation() {
        ensureRoot();
    }

    /** A full team, with the longest user ids, still publishes its snapshot; one member more is refused. */
    @Test
    void shouldFillATeamToItsMostMembersAndRefuseOneMore() {
        String team = createTeam("root");
        String longId = "u".repeat(190);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 1; i < MembershipService.MAX_MEMBERS; i++) {
                entityManager.createNativeQuery("insert into remit_team.team_member (team_id, user_id, role, since) "
                                + "values (:team, :user, 'MEMBER', current_timestamp)")
                        .setParameter("team", team).setParameter("user", longId + String.format("%010d", i))
                        .executeUpdate();
            }
        });
        asGovernance().body(Map.of("role", "LEAD")).put("/teams/{id}/members/{user}", team, longId + "last-00000")
                .then().statusCode(201);
        asGovernance().body(Map.of("role", "MEMBER")).put("/teams/{id}/members/{user}", team, uniqueId("one-more"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:remit:problem:team-full"));
        asGovernance().body(Map.of("role", "MEMBER")).put("/teams/{id}/members/{user}", team, longId + "last-00000")
                .then().statusCode(200);
    }

    @Test
    void shouldAddChangeAndRemoveMembers() {
        String team = createTeam("root");
        String alice = uniqueId("alice");

        asGovernance().body(Map.of("role", "MEMBER")).put("/teams/{id}/members/{user}", team, alice)
                .then().statusCode(201).body("role", equalTo("MEMBER")).body("teamId", equalTo(team));
        asGovernance().body(Map.of("role", "LEAD")).put("/teams/{id}/members/{user}", team, alice)
                .then().statusCode(200).body("role", equalTo("LEAD"));
        asUser("reader").get("/teams/{id}/members", team)
                .then().statusCode(200).body("items.userId", contains(alice)).body("items.role", contains("LEAD"));
        asUser("reader").get("/users/{user}/teams", alice)
                .then().statusCode(200).body("items.teamId", contains(team));

        asAdmin().delete("/teams/{id}/members/{user}", team, alice).then().statusCode(204);
        asUser("reader").get("/teams/{id}/members", team).then().body("items", hasSize(0));
        asAdmin().delete("/teams/{id}/members/{user}", team, alice).then().statusCode(404);
    }

    @Test
    void shouldPageMembersAndTeamsOfUser() {
        String user = uniqueId("multi");
        String first = createTeam("root");
        String second = createTeam("root");
        for (String team : new String[] {first, second}) {
            asAdmin().body(Map.of("role", "MEMBER")).put("/teams/{id}/members/{user}", team, user)
                    .then().statusCode(201);
        }
        String[] sorted = first.compareTo(second) < 0 ? new String[] {first, second} : new String[] {second, first};
        String next = asUser(user).queryParam("limit", 1).get("/users/{user}/teams", user)
                .then().body("items.teamId", contains(sorted[0])).extract().path("next");
        asUser(user).get(next).then().body("items.teamId", contains(sorted[1]));
    }

    @Test
    void shouldRefuseBadMembershipRequests() {
        String team = createTeam("root");
        asAdmin().filter(ContractValidation.responsesOnly()).body(Map.of("role", "OWNER"))
                .put("/teams/{id}/members/{user}", team, "bob")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        asAdmin().filter(ContractValidation.responsesOnly()).body(Map.of())
                .put("/teams/{id}/members/{user}", team, "bob")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        asAdmin().body(Map.of("role", "LEAD")).put("/teams/{id}/members/{user}", team, "bad user!")
                .then().statusCode(400).body("errors[0].field", equalTo("userId"));
        asAdmin().body(Map.of("role", "LEAD")).put("/teams/{id}/members/{user}", "no-such-team", "bob")
                .then().statusCode(404);
        asUser("reader").get("/teams/{id}/members", "no-such-team").then().statusCode(404);
    }

    @Test
    void shouldRefuseMembershipChangesOnArchivedTeam() {
        String team = createTeam("root");
        asAdmin().post("/teams/{id}/archive", team).then().statusCode(200);
        asAdmin().body(Map.of("role", "LEAD")).put("/teams/{id}/members/{user}", team, "late-joiner")
                .then().statusCode(409);
    }
}
