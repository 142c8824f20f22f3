package io.remit.deploy.e2e;

import static io.remit.deploy.e2e.RemitSuite.TEAM;
import static io.remit.deploy.e2e.StoryHttp.as;
import static io.remit.deploy.e2e.StoryHttp.describe;
import static io.remit.deploy.e2e.StoryHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.Map;

/** The organisation the stories build on: team-service allows one root, which every story shares. */
final class StoryOrganisation {

    /** The root and whether an earlier story or run had created it. */
    record Root(String id, boolean reused) {
    }

    private StoryOrganisation() {
    }

    /**
     * Creates the organisation's root, or finds the active one when it exists already: another story of this run, or
     * on PostgreSQL an earlier run, may have created it.
     */
    static Root createOrReuseTheRoot(String run, String adminToken) {
        String candidate = "e2e-" + run + "-root";
        Response created = as(TEAM, adminToken)
                .body(Map.of("id", candidate, "name", "E2E " + run + " Organisation", "escalationSla", "PT1H"))
                .post("/teams");
        if (created.statusCode() == 201) {
            return new Root(candidate, false);
        }
        assertThat(created.statusCode()).as(describe(created)).isEqualTo(409);
        assertThat(json(created).path("type").asText()).as(describe(created)).endsWith(":root-exists");
        String existing = null;
        String next = "/teams?limit=500";
        while (existing == null && next != null) {
            JsonNode page = json(as(TEAM, adminToken).get(next).then().statusCode(200).extract().response());
            for (JsonNode team : page.path("items")) {
                if (!team.hasNonNull("parentId") && "ACTIVE".equals(team.path("status").asText())) {
                    existing = team.path("id").asText();
                }
            }
            next = page.path("next").isTextual() ? page.path("next").asText() : null;
        }
        assertThat(existing).as("the active root team-service says exists").isNotNull();
        System.out.println("[e2e] an organisation root exists already (" + existing + "): reusing it");
        return new Root(existing, true);
    }

    /** Creates a team under a parent, as admin. */
    static void createTeam(String adminToken, String id, String name, String parentId, String escalationSla) {
        Response team = as(TEAM, adminToken)
                .body(Map.of("id", id, "name", name, "parentId", parentId, "escalationSla", escalationSla))
                .post("/teams");
        assertThat(team.statusCode()).as(describe(team)).isEqualTo(201);
    }

    static void setMember(String adminToken, String team, String user, String role) {
        Response response = as(TEAM, adminToken).body(Map.of("role", role))
                .put("/teams/{id}/members/{user}", team, user);
        assertThat(response.statusCode()).as(describe(response)).isIn(200, 201);
    }

    /**
     * Removes the lead a story made of a root it reused: a root shared across runs (PostgreSQL keeps it) should not
     * collect one lead per run. A failure here is reported, not thrown, so it never hides the story's own outcome.
     */
    static void leaveTheSharedRootAsItWas(String adminToken, Root root, String lead) {
        if (root == null || !root.reused()) {
            return;
        }
        try {
            Response removed = as(TEAM, adminToken).delete("/teams/{id}/members/{user}", root.id(), lead);
            if (removed.statusCode() != 204) {
                System.out.println("[e2e] could not remove " + lead + " from the shared root: " + describe(removed));
            }
        } catch (RuntimeException e) {
            System.out.println("[e2e] could not remove " + lead + " from the shared root: " + e);
        }
    }
}
