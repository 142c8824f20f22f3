package io.remit.decision;

import static io.remit.decision.Api.PROBLEM;
import static io.remit.decision.Api.as;
import static io.remit.decision.Api.boundary;
import static io.remit.decision.Api.decision;
import static io.remit.decision.Api.setBoundary;
import static io.remit.decision.Org.root;
import static io.remit.decision.Org.team;
import static io.remit.decision.Org.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.contract.ContractValidation;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class DecisionApiTest {

    String root;
    String department;
    String team;
    String member;

    @BeforeEach
    void organisation() {
        member = uniqueId("mia");
        root = root(uniqueId("root")).lead(uniqueId("rory")).publish();
        department = team(uniqueId("dept"), root).lead(uniqueId("dana")).sla("PT1H").publish();
        team = team(uniqueId("team"), department).lead(uniqueId("theo")).member(member).publish();
        setBoundary(department, "spend", boundary(100_000L, "HIGH", "ORGANISATION"));
        setBoundary(team, "spend", boundary(10_000L, "MEDIUM", "TEAM"));
    }

    @Test
    void shouldRecordDecisionWithinRemitWithItsBoundaryAndHash() {
        as(member).body(decision(team, "spend", 5_000L)).post("/decisions")
                .then().statusCode(201)
                .header("Location", containsString("/decisions/"))
                .body("verdict", equalTo("WITHIN_REMIT"))
                .body("reasons", hasSize(0))
                .body("boundary.version", equalTo(1))
                .body("boundary.id", notNullValue())
                .body("escalation", nullValue())
                .body("decidedBy", equalTo(member))
                .body("hash", matchesPattern("[0-9a-f]{64}"))
                .body("previousHash", nullValue());
    }

    @Test
    void shouldEscalateToNearestAncestorWithAuthority() {
        Instant before = Instant.now();
        String dueAt = as(member).body(decision(team, "spend", 50_000L)).post("/decisions")
                .then().statusCode(201)
                .body("verdict", equalTo("ESCALATED"))
                .body("reasons", contains("budget 50000 EUR exceeds 10000 EUR"))
                .body("escalation.targetTeamId", equalTo(department))
                .body("escalation.level", equalTo(1))
                .body("escalation.status", equalTo("OPEN"))
                .extract().path("escalation.dueAt");
        assertThat(Instant.parse(dueAt)).isBetween(before.plus(Duration.ofMinutes(59)),
                Instant.now().plus(Duration.ofMinutes(61)));

        as(member).body(decision(team, "spend", 500_000L)).post("/decisions")
                .then().statusCode(201).body("escalation.targetTeamId", equalTo(root));
    }

    @Test
    void shouldGiveOneReasonPerBreachedDimension() {
        Map<String, Object> bold = decision(team, "spend", 20_000L);
        bold.put("risk", "CRITICAL");
        bold.put("scope", "ORGANISATION");
        bold.put("reversible", false);
        as(member).body(bold).post("/decisions").then().statusCode(201)
                .body("reasons", hasSize(4))
                .body("reasons[1]", equalTo("risk CRITICAL exceeds MEDIUM"))
                .body("escalation.targetTeamId", equalTo(root));
    }

    @Test
    void shouldEscalateCategoryWithoutBoundaryAndLetRootDecideAnything() {
        as(member).body(decision(team, "hiring", null)).post("/decisions").then().statusCode(201)
                .body("verdict", equalTo("ESCALATED")).body("reasons[0]", containsString("hiring"))
                .body("boundary", nullValue());
        String rootLead = uniqueId("rhea");
        root(root).lead(rootLead).publish();
        as(rootLead).body(decision(root, "anything", 9_999_999L)).post("/decisions").then().statusCode(201)
                .body("verdict", equalTo("WITHIN_REMIT"));
    }

    @Test
    void shouldEscalateEverythingOfSuspendedTeamAndRefuseArchivedTeam() {
        team(team, department).member(member).status("SUSPENDED").publish();
        as(member).body(decision(team, "spend", 1L)).post("/decisions").then().statusCode(201)
                .body("verdict", equalTo("ESCALATED")).body("reasons", contains("autonomy suspended"));

        team(team, department).member(member).status("ARCHIVED").publish();
        as(member).body(decision(team, "spend", 1L)).post("/decisions").then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseOtherCurrencyAndDecidedAtOutOfRangeWith422() {
        Map<String, Object> dollars = decision(team, "spend", null);
        dollars.put("budget", Api.money(100, "USD"));
        as(member).body(dollars).post("/decisions").then().statusCode(422)
                .body("errors[0].field", equalTo("budget.currency"));

        Map<String, Object> future = decision(team, "spend", 1L);
        future.put("decidedAt", Instant.now().plus(Duration.ofHours(1)).toString());
        as(member).body(future).post("/decisions").then().statusCode(422)
                .body("errors[0].field", equalTo("decidedAt"));

        Map<String, Object> old = decision(team, "spend", 1L);
        old.put("decidedAt", Instant.now().minus(Duration.ofDays(8)).toString());
        as(member).body(old).post("/decisions").then().statusCode(422);
    }

    @Test
    void shouldLetOnlyMembersOrIntegrationsLogDecisions() {
        as("stranger").body(decision(team, "spend", 1L)).post("/decisions").then().statusCode(403)
                .contentType(PROBLEM);
        Map<String, Object> onBehalf = decision(team, "spend", 1L);
        onBehalf.put("decidedBy", "someone-else");
        as(member).body(onBehalf).post("/decisions").then().statusCode(403);

        as("adr-bot", "integration").body(decision(team, "spend", 1L)).post("/decisions").then().statusCode(400)
                .body("errors[0].field", equalTo("decidedBy"));
        as("adr-bot", "integration").body(onBehalf).post("/decisions").then().statusCode(201)
                .body("decidedBy", equalTo("someone-else")).body("recordedBy", equalTo("adr-bot"));
    }

    @Test
    void shouldValidateDecisionRequests() {
        as(member).filter(ContractValidation.responsesOnly()).body("{\"teamId\": ").post("/decisions")
                .then().statusCode(400).contentType(PROBLEM);
        Map<String, Object> bad = decision(team, "spend", null);
        bad.put("risk", "EXTREME");
        as(member).filter(ContractValidation.responsesOnly()).body(bad).post("/decisions")
                .then().statusCode(400).body("errors[0].field", equalTo("risk"));
        Map<String, Object> missing = decision(team, "spend", null);
        missing.remove("title");
        as(member).filter(ContractValidation.responsesOnly()).body(missing).post("/decisions")
                .then().statusCode(400).body("errors[0].field", equalTo("title"));
        // A team created moments ago may not have reached this service yet: the client may retry.
        as(member).body(decision("no-such-team", "spend", null)).post("/decisions").then().statusCode(404)
                .header("Retry-After", "1");
    }

    @Test
    void shouldReplayIdempotentRetryAndRefuseKeyReuse() {
        String key = uniqueId("key");
        Map<String, Object> body = decision(team, "spend", 2_000L);
        String first = as(member).header("Idempotency-Key", key).body(body).post("/decisions")
                .then().statusCode(201).extract().asString();
        String again = as(member).header("Idempotency-Key", key).body(body).post("/decisions")
                .then().statusCode(201).extract().asString();
        assertThat(again).isEqualTo(first);
        as("reader").queryParam("teamId", team).get("/decisions").then().body("items", hasSize(1));

        as(member).header("Idempotency-Key", key).body(decision(team, "spend", 3_000L)).post("/decisions")
                .then().statusCode(422).contentType(PROBLEM);
        as(member).header("Idempotency-Key", uniqueId("key")).body(decision(team, "spend", 3_000L)).post("/decisions")
                .then().statusCode(201);
    }

    @Test
    void shouldLetOneOfManyRacingRequestsWithOneKeyLogTheDecision() throws Exception {
        String key = uniqueId("key");
        Map<String, Object> body = decision(team, "spend", 2_500L);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Response>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> as(member).header("Idempotency-Key", key).body(body).post("/decisions")));
            }
            Set<String> logged = new HashSet<>();
            for (Future<Response> call : calls) {
                io.restassured.response.Response response = call.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.asString()).isIn(201, 409);
                if (response.statusCode() == 201) {
                    logged.add(response.path("id"));
                } else {
                    assertThat(response.<String>path("type")).endsWith("idempotency-key-in-flight");
                }
            }
            assertThat(logged).as("every 201 is the one decision").hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        as("reader").queryParam("teamId", team).get("/decisions").then().body("items", hasSize(1));
        as("reader").get("/teams/{id}/decisions/verify", team).then().body("valid", equalTo(true));
    }

    @Test
    void shouldRefuseDuplicateExternalRefNamingTheDecision() {
        Map<String, Object> body = decision(team, "spend", 1L);
        body.put("source", "adr");
        body.put("externalRef", uniqueId("ADR"));
        String id = as(member).body(body).post("/decisions").then().statusCode(201).extract().path("id");
        as(member).body(body).post("/decisions").then().statusCode(409).body("detail", containsString(id));
    }

    @Test
    void shouldReplayWithTheLocationOfTheRetryWhateverHostTheFirstRequestNamed() {
        String key = uniqueId("key");
        Map<String, Object> body = decision(team, "spend", 2_000L);
        String longHost = "h" + "x".repeat(480) + ".example";

        String id = as(member).header("Host", longHost).header("Idempotency-Key", key).body(body).post("/decisions")
                .then().statusCode(201).header("Location", containsString(longHost)).extract().path("id");
        as(member).header("Idempotency-Key", key).body(body).post("/decisions")
                .then().statusCode(201).body("id", equalTo(id))
                .header("Location", allOf(endsWith("/decisions/" + id), not(containsString(longHost))));
    }

    @Test
    void shouldRefuseAnExternalRefWithoutItsSource() {
        Map<String, Object> body = decision(team, "spend", 1L);
        body.put("externalRef", uniqueId("ADR"));

        as(member).body(body).post("/decisions").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("source"));
        as("reader").queryParam("teamId", team).get("/decisions").then().body("items", hasSize(0));
    }

    @Test
    void shouldNameTheDecisionToEveryRacingDuplicateOfAnExternalRef() throws Exception {
        String ref = uniqueId("ADR");
        assertOneLoggedAndTheOthersNamedIt(raceWithOneExternalRef(ref, team, team, team, team, team, team));
    }

    @Test
    void shouldNameTheDecisionWhenTwoTeamsRaceWithOneExternalRef() throws Exception {
        String otherTeam = team(uniqueId("team"), department).member(member).publish();
        setBoundary(otherTeam, "spend", boundary(10_000L, "MEDIUM", "TEAM"));
        for (int round = 0; round < 3; round++) {
            String ref = uniqueId("ADR");
            assertOneLoggedAndTheOthersNamedIt(raceWithOneExternalRef(ref, team, otherTeam, team, otherTeam, team,
                    otherTeam));
        }
    }

    /** One decision per team given, all with the same (source, externalRef), sent at the same moment. */
    private List<Response> raceWithOneExternalRef(String ref, String... teams) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(teams.length);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (String racer : teams) {
            Map<String, Object> body = decision(racer, "spend", 1L);
            body.put("source", "adr");
            body.put("externalRef", ref);
            answers.add(pool.submit(() -> {
                start.await();
                return as(member).body(body).post("/decisions").thenReturn();
            }));
        }
        start.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> answer : answers) {
            responses.add(answer.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return responses;
    }

    private static void assertOneLoggedAndTheOthersNamedIt(List<Response> responses) {
        List<Response> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
        assertThat(created).hasSize(1);
        String id = created.get(0).path("id");
        assertThat(responses).filteredOn(r -> r.statusCode() != 201).hasSize(responses.size() - 1).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.<String>path("type")).isEqualTo("urn:remit:problem:duplicate-external-ref");
            assertThat(r.<String>path("detail")).contains(id);
        });
    }

    @Test
    void shouldEvaluateWithoutStoring() {
        as("anyone").body(decision(team, "spend", 50_000L)).post("/decisions/evaluate")
                .then().statusCode(200)
                .body("verdict", equalTo("ESCALATED"))
                .body("escalationTargetTeamId", equalTo(department))
                .body("boundary.version", equalTo(1));
        as("reader").queryParam("teamId", team).get("/decisions").then().body("items", hasSize(0));
    }

    @Test
    void shouldListNewestFirstWithFiltersAndPages() {
        String first = as(member).body(decision(team, "spend", 1L)).post("/decisions").then().extract().path("id");
        String second = as(member).body(decision(team, "spend", 50_000L)).post("/decisions").then().extract()
                .path("id");
        String third = as(member).body(decision(team, "spend", 2L)).post("/decisions").then().extract().path("id");

        String next = as("reader").queryParam("teamId", team).queryParam("limit", 2).get("/decisions")
                .then().statusCode(200).body("items.id", contains(third, second))
                .body("next", startsWith("/decisions?")).extract().path("next");
        as("reader").get(next).then().body("items.id", contains(first)).body("next", nullValue());

        as("reader").queryParam("teamId", team).queryParam("verdict", "ESCALATED").get("/decisions")
                .then().body("items.id", contains(second));
        as("reader").queryParam("teamId", team).queryParam("escalationStatus", "OPEN").get("/decisions")
                .then().body("items.id", contains(second));
        as("reader").queryParam("teamId", team).queryParam("status", "PENDING").get("/decisions")
                .then().body("items.id", contains(second));
        as("reader").queryParam("teamId", team).queryParam("status", "IN_EFFECT").get("/decisions")
                .then().body("items.id", contains(third, first));
        as("reader").queryParam("teamId", team).queryParam("status", "OPEN").get("/decisions")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("escalationStatus=OPEN"));
        as("reader").queryParam("teamId", team).queryParam("from", "yesterday").get("/decisions")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        as("reader").get("/decisions/{id}", second).then().statusCode(200).body("escalation.level", equalTo(1));
        as("reader").get("/decisions/{id}", "no-such-decision").then().statusCode(404).contentType(PROBLEM);
    }
}
