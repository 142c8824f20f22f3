package io.remit.team;

import static io.remit.team.TeamFixtures.asAdmin;
import static io.remit.team.TeamFixtures.asGovernance;
import static io.remit.team.TeamFixtures.asUser;
import static io.remit.team.TeamFixtures.createTeam;
import static io.remit.team.TeamFixtures.ensureRoot;
import static io.remit.team.TeamFixtures.etagOf;
import static io.remit.team.TeamFixtures.uniqueId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.contract.ContractValidation;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class TeamApiTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void organisation() {
        ensureRoot();
    }

    @Test
    void shouldCreateTeamWithDefaultsAndLocation() {
        String id = uniqueId("payments");
        String createdAt = asGovernance()
                .body(Map.of("id", id, "name", "Payments", "parentId", "root",
                        "contacts", Map.of("email", "leads@example.org", "webhookUrl", "http://127.0.0.1:9/hook")))
                .post("/teams")
                .then().statusCode(201)
                .header("Location", endsWith("/teams/" + id))
                .header("ETag", notNullValue())
                .body("id", equalTo(id))
                .body("parentId", equalTo("root"))
                .body("status", equalTo("ACTIVE"))
                .body("escalationSla", equalTo("PT24H"))
                .body("contacts.email", equalTo("leads@example.org"))
                .body("createdAt", notNullValue())
                .extract().path("createdAt");

        asUser("anyone").get("/teams/{id}", id).then().statusCode(200).body("name", equalTo("Payments"))
                .body("createdAt", equalTo(createdAt));
    }

    @Test
    void shouldRefuseDuplicateIdWith409() {
        String id = createTeam("root");
        asAdmin().body(Map.of("id", id, "name", "Again", "parentId", "root")).post("/teams")
                .then().statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:remit:problem:team-exists"));
    }

    @Test
    void shouldRefuseSecondRootWith409() {
        asAdmin().body(Map.of("id", uniqueId("other-root"), "name", "Another root")).post("/teams")
                .then().statusCode(409).contentType(PROBLEM).body("errors.field", hasItem("parentId"));
    }

    @Test
    void shouldRefuseUnknownParentWith422() {
        asAdmin().body(Map.of("id", uniqueId("orphan"), "name", "Orphan", "parentId", "no-such-team")).post("/teams")
                .then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void shouldValidateFieldsWithPaths() {
        asAdmin().filter(ContractValidation.responsesOnly())
                .body(Map.of("id", "Bad_Id", "name", " ", "parentId", "root", "escalationSla", "PT0S",
                        "contacts", Map.of("email", "not-an-email", "webhookUrl", "ftp://x")))
                .post("/teams")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors.field", contains("contacts.email", "contacts.webhookUrl", "escalationSla", "id",
                        "name"));
    }

    @Test
    void shouldRejectSlaOutOfRangeAndAcceptCustomSla() {
        asAdmin().body(Map.of("id", uniqueId("slow"), "name", "Slow", "parentId", "root", "escalationSla", "P400D"))
                .post("/teams").then().statusCode(400).body("errors[0].field", equalTo("escalationSla"));
        asAdmin().body(Map.of("id", uniqueId("fast"), "name", "Fast", "parentId", "root", "escalationSla", "PT5S"))
                .post("/teams").then().statusCode(201).body("escalationSla", equalTo("PT5S"));
    }

    @Test
    void shouldReturn404ForUnknownTeam() {
        asUser("anyone").get("/teams/{id}", "no-such-team")
                .then().statusCode(404).contentType(PROBLEM).body("title", equalTo("Team not found"));
    }

    @Test
    void shouldListChildrenByIdWithKeysetPages() {
        String parent = createTeam("root");
        List<String> children = List.of(createTeam(parent), createTeam(parent), createTeam(parent)).stream()
                .sorted().toList();

        String next = asUser("reader").queryParam("parentId", parent).queryParam("limit", 2).get("/teams")
                .then().statusCode(200)
                .body("items.id", contains(children.get(0), children.get(1)))
                .body("next", startsWith("/teams?"))
                .extract().path("next");

        given().auth().oauth2(io.remit.platform.testing.DevTokens.token("reader")).get(next)
                .then().statusCode(200)
                .body("items.id", contains(children.get(2)))
                .body("next", nullValue());
    }

    @Test
    void shouldFilterByStatus() {
        String parent = createTeam("root");
        String suspended = createTeam(parent);
        asAdmin().header("If-Match", etagOf(suspended)).body(Map.of("status", "SUSPENDED"))
                .patch("/teams/{id}", suspended).then().statusCode(200);

        asUser("reader").queryParam("parentId", parent).queryParam("status", "SUSPENDED").get("/teams")
                .then().statusCode(200).body("items.id", contains(suspended));
        asUser("reader").queryParam("status", "GONE").get("/teams")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        asUser("reader").queryParam("limit", "0").get("/teams")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        asUser("reader").queryParam("limit", "lots").get("/teams")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void shouldListAncestorsNearestFirst() {
        String department = createTeam("root");
        String team = createTeam(department);
        asUser("reader").get("/teams/{id}/ancestors", team)
                .then().statusCode(200)
                .body("items.id", contains(department, "root"))
                .body("next", nullValue());
        asUser("reader").get("/teams/{id}/ancestors", "root").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldPatchWithMergePatchAndIfMatch() {
        String team = createTeam("root");
        String etag = etagOf(team);
        Map<String, Object> patch = new HashMap<>();
        patch.put("name", "Renamed");
        patch.put("escalationSla", "PT2H");
        patch.put("contacts", Map.of("email", "new@example.org"));

        String newEtag = asAdmin().contentType("application/merge-patch+json").header("If-Match", etag).body(patch)
                .patch("/teams/{id}", team)
                .then().statusCode(200)
                .body("name", equalTo("Renamed"))
                .body("escalationSla", equalTo("PT2H"))
                .body("contacts.email", equalTo("new@example.org"))
                .header("ETag", not(equalTo(etag)))
                .extract().header("ETag");

        Map<String, Object> removeEmail = new HashMap<>();
        removeEmail.put("contacts", new HashMap<>(Map.of()));
        ((Map<String, Object>) removeEmail.get("contacts")).put("email", null);
        asAdmin().header("If-Match", newEtag).body(removeEmail).patch("/teams/{id}", team)
                .then().statusCode(200).body("contacts.email", nullValue()).body("name", equalTo("Renamed"));
    }

    @Test
    void shouldRequireIfMatchAndRefuseStaleEtag() {
        String team = createTeam("root");
        String etag = etagOf(team);
        asAdmin().body(Map.of("name", "x")).patch("/teams/{id}", team)
                .then().statusCode(428).contentType(PROBLEM);
        asAdmin().header("If-Match", etag).body(Map.of("name", "First")).patch("/teams/{id}", team)
                .then().statusCode(200);
        asAdmin().header("If-Match", etag).body(Map.of("name", "Second")).patch("/teams/{id}", team)
                .then().statusCode(412).contentType(PROBLEM);
        asUser("reader").get("/teams/{id}", team).then().body("name", equalTo("First"));
    }

    @Test
    void shouldHonourIfMatchListsAndTheWildcard() {
        String team = createTeam("root");
        String old = etagOf(team);
        asAdmin().header("If-Match", "*").body(Map.of("name", "Any version")).patch("/teams/{id}", team)
                .then().statusCode(200);
        String current = etagOf(team);
        asAdmin().header("If-Match", old + ", " + current).body(Map.of("name", "One of a list"))
                .patch("/teams/{id}", team).then().statusCode(200);
        asAdmin().header("If-Match", old + ", " + current).body(Map.of("name", "Stale list"))
                .patch("/teams/{id}", team).then().statusCode(412).contentType(PROBLEM);
        asAdmin().header("If-Match", "W/" + etagOf(team)).body(Map.of("name", "Weak"))
                .patch("/teams/{id}", team).then().statusCode(412).contentType(PROBLEM);
        asUser("reader").get("/teams/{id}", team).then().body("name", equalTo("One of a list"));
    }

    @Test
    void shouldRefuseCyclesAndUnknownParentsOnReparent() {
        String top = createTeam("root");
        String middle = createTeam(top);
        String bottom = createTeam(middle);

        asAdmin().header("If-Match", etagOf(top)).body(Map.of("parentId", bottom)).patch("/teams/{id}", top)
                .then().statusCode(409).body("type", equalTo("urn:remit:problem:hierarchy-cycle"));
        asAdmin().header("If-Match", etagOf(top)).body(Map.of("parentId", top)).patch("/teams/{id}", top)
                .then().statusCode(409);
        asAdmin().header("If-Match", etagOf(top)).body(Map.of("parentId", "nowhere")).patch("/teams/{id}", top)
                .then().statusCode(422);

        asAdmin().header("If-Match", etagOf(bottom)).body(Map.of("parentId", top)).patch("/teams/{id}", bottom)
                .then().statusCode(200).body("parentId", equalTo(top));
        asUser("reader").get("/teams/{id}/ancestors", bottom).then().body("items.id", contains(top, "root"));
    }

    /** A patch invalid on purpose, with the team's current ETag: only its answer is held to the contract. */
    private static RequestSpecification invalidPatch(String team) {
        return asAdmin().filter(ContractValidation.responsesOnly()).header("If-Match", etagOf(team));
    }

    @Test
    void shouldRefusePatchThatArchivesOrRenamesId() {
        String team = createTeam("root");
        invalidPatch(team).body(Map.of("status", "ARCHIVED")).patch("/teams/{id}", team)
                .then().statusCode(422);
        invalidPatch(team).body(Map.of("id", "other-id")).patch("/teams/{id}", team)
                .then().statusCode(422);
        invalidPatch(team).body("[1, 2]").patch("/teams/{id}", team)
                .then().statusCode(400).contentType(PROBLEM);
        invalidPatch(team).body("{\"name\": ").patch("/teams/{id}", team)
                .then().statusCode(400).contentType(PROBLEM);
        asAdmin().header("If-Match", etagOf(team)).body(Map.of("escalationSla", "soon")).patch("/teams/{id}", team)
                .then().statusCode(400).body("errors[0].field", equalTo("escalationSla"));
    }

    @Test
    void shouldArchiveLeafTeamsOnlyAndKeepThemReadable() {
        String parent = createTeam("root");
        String child = createTeam(parent);

        asAdmin().post("/teams/{id}/archive", parent).then().statusCode(409).contentType(PROBLEM);
        asAdmin().post("/teams/{id}/archive", child).then().statusCode(200).body("status", equalTo("ARCHIVED"));
        asAdmin().post("/teams/{id}/archive", child).then().statusCode(200).body("status", equalTo("ARCHIVED"));
        asAdmin().header("If-Match", etagOf(child)).body(Map.of("name", "Zombie")).patch("/teams/{id}", child)
                .then().statusCode(409).body("type", equalTo("urn:remit:problem:team-archived"));
        asAdmin().body(Map.of("id", uniqueId("late"), "name", "Late", "parentId", child)).post("/teams")
                .then().statusCode(422).body("type", equalTo("urn:remit:problem:archived-parent"));
        asAdmin().post("/teams/{id}/archive", parent).then().statusCode(200);
        asUser("reader").get("/teams/{id}", child).then().statusCode(200).body("status", equalTo("ARCHIVED"));
        asUser("reader").queryParam("parentId", parent).get("/teams")
                .then().body("items.status", everyItem(equalTo("ARCHIVED")));
    }
}
