package io.remit.team;

import static io.remit.team.TeamFixtures.addMember;
import static io.remit.team.TeamFixtures.asAdmin;
import static io.remit.team.TeamFixtures.asGovernance;
import static io.remit.team.TeamFixtures.asUser;
import static io.remit.team.TeamFixtures.createTeam;
import static io.remit.team.TeamFixtures.ensureRoot;
import static io.remit.team.TeamFixtures.etagOf;
import static io.remit.team.TeamFixtures.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.contract.ContractValidation;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delegation (DESIGN, Authority over time, rule 1): who may delegate what, for how long, and what each reader sees. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class DelegationApiTest {

    private static final String PROBLEM = "application/problem+json";

    private String team;
    private String lead;
    private String otherLead;
    private String member;
    private String deputy;

    @BeforeEach
    void organisation() {
        ensureRoot();
        team = createTeam("root");
        lead = uniqueId("lena");
        otherLead = uniqueId("leo");
        member = uniqueId("mia");
        deputy = uniqueId("dev");
        addMember(team, lead, "LEAD");
        addMember(team, otherLead, "LEAD");
        addMember(team, member, "MEMBER");
    }

    @Test
    void shouldLetALeadDelegateTheirOwnAuthority() {
        Instant before = Instant.now();
        String location = asUser(lead).body(body(null, deputy, null, days(14), List.of("spend", "vendor")))
                .post("/teams/{id}/delegations", team)
                .then().statusCode(201)
                .header("Location", containsString("/teams/" + team + "/delegations/"))
                .body("teamId", equalTo(team))
                .body("delegator", equalTo(lead))
                .body("delegate", equalTo(deputy))
                .body("categories", contains("spend", "vendor"))
                .body("reason", equalTo("Parental leave"))
                .body("status", equalTo("ACTIVE"))
                .body("delegatorIsLead", equalTo(true))
                .body("createdBy", equalTo(lead))
                .body("revokedAt", nullValue())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");

        String validFrom = asUser(deputy).get("/teams/{id}/delegations/{d}", team, id)
                .then().statusCode(200).body("id", equalTo(id)).body("reason", equalTo("Parental leave"))
                .extract().path("validFrom");
        assertThat(Instant.parse(validFrom)).isAfterOrEqualTo(before.minusMillis(1));
        asUser("reader").get("/teams/{id}/delegations", team).then().statusCode(200)
                .body("items.id", contains(id)).body("next", nullValue());
        asUser("reader").get("/users/{u}/delegations", lead).then().statusCode(200).body("items.id", contains(id));
        asUser("reader").get("/users/{u}/delegations", deputy).then().statusCode(200).body("items.id", contains(id));
    }

    @Test
    void shouldLendAllCategoriesWhenNoneAreNamed() {
        asUser(lead).body(body(null, deputy, null, days(1), null)).post("/teams/{id}/delegations", team)
                .then().statusCode(201).body("categories", hasSize(0));
    }

    @Test
    void shouldLetAdminAndGovernanceRecordADelegationForAnyLead() {
        asAdmin().body(body(lead, deputy, null, days(7), List.of())).post("/teams/{id}/delegations", team)
                .then().statusCode(201).body("delegator", equalTo(lead)).body("createdBy", equalTo("ada-admin"));
        asGovernance().body(body(otherLead, deputy, null, days(7), List.of())).post("/teams/{id}/delegations", team)
                .then().statusCode(201).body("delegator", equalTo(otherLead)).body("reason", equalTo("Parental leave"));
    }

    @Test
    void shouldShowTheReasonOnlyToThePartiesTheLeadsGovernanceAndAuditors() {
        String id = create(asUser(lead), body(null, deputy, null, days(3), List.of()));
        for (Supplier<RequestSpecification> reader : List.<Supplier<RequestSpecification>>of(() -> asUser(lead),
                () -> asUser(deputy), () -> asUser(otherLead), TeamFixtures::asGovernance, TeamFixtures::asAuditor)) {
            reader.get().get("/teams/{id}/delegations/{d}", team, id).then().statusCode(200)
                    .body("reason", equalTo("Parental leave"));
        }
        for (Supplier<RequestSpecification> reader : List.<Supplier<RequestSpecification>>of(() -> asUser(member),
                () -> asUser("stranger"), TeamFixtures::asAdmin,
                () -> given().auth().oauth2(DevTokens.token("bot", "integration")))) {
            reader.get().get("/teams/{id}/delegations/{d}", team, id).then().statusCode(200)
                    .body("$", not(hasKey("reason"))).body("delegate", equalTo(deputy));
            reader.get().get("/teams/{id}/delegations", team).then().statusCode(200)
                    .body("items[0]", not(hasKey("reason")));
            reader.get().get("/users/{u}/delegations", deputy).then().statusCode(200)
                    .body("items[0]", not(hasKey("reason")));
        }
    }

    @Test
    void shouldRefuseCallersWhoAreNotLeadsOfTheTeam() {
        String etag = etagOf(team);
        String outsider = uniqueId("olga");
        addMember(createTeam("root"), outsider, "LEAD");
        List<Supplier<RequestSpecification>> refused = List.of(() -> asUser(member), () -> asUser(outsider),
                () -> asUser("stranger"), TeamFixtures::asAuditor, DelegationApiTest::asIntegration);
        for (Supplier<RequestSpecification> caller : refused) {
            caller.get().body(body(null, deputy, null, days(1), List.of())).post("/teams/{id}/delegations", team)
                    .then().statusCode(403).contentType(PROBLEM);
            caller.get().body(body(lead, deputy, null, days(1), List.of())).post("/teams/{id}/delegations", team)
                    .then().statusCode(403).contentType(PROBLEM);
        }
        assertNothingWritten(etag);
    }

    @Test
    void shouldRefuseADelegateDelegatingFurther() {
        create(asUser(lead), body(null, deputy, null, days(5), List.of()));
        String etag = etagOf(team);
        asUser(deputy).body(body(null, uniqueId("third"), null, days(1), List.of()))
                .post("/teams/{id}/delegations", team)
                .then().statusCode(403).body("type", equalTo("urn:remit:problem:no-redelegation"));
        asAdmin().body(body(deputy, uniqueId("third"), null, days(1), List.of())).post("/teams/{id}/delegations", team)
                .then().statusCode(422).body("type", equalTo("urn:remit:problem:no-redelegation"))
                .body("errors.field", hasItem("delegator"));
        assertThat(etagOf(team)).isEqualTo(etag);
    }

    @Test
    void shouldRefuseALeadDelegatingSomeoneElsesAuthority() {
        String etag = etagOf(team);
        asUser(lead).body(body(otherLead, deputy, null, days(1), List.of())).post("/teams/{id}/delegations", team)
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:remit:problem:not-own-authority"));
        assertNothingWritten(etag);
    }

    @Test
    void shouldRequireAdminAndGovernanceToNameALeadOfTheTeam() {
        String etag = etagOf(team);
        asAdmin().body(body(null, deputy, null, days(1), List.of())).post("/teams/{id}/delegations", team)
                .then().statusCode(422).body("type", equalTo("urn:remit:problem:delegator-required"));
        asGovernance().body(body(member, deputy, null, days(1), List.of())).post("/teams/{id}/delegations", team)
                .then().statusCode(422).body("type", equalTo("urn:remit:problem:delegator-not-lead"));
        asGovernance().body(body("nobody-" + deputy, deputy, null, days(1), List.of()))
                .post("/teams/{id}/delegations", team)
                .then().statusCode(422).body("type", equalTo("urn:remit:problem:delegator-not-lead"));
        assertNothingWritten(etag);
    }

    @Test
    void shouldRefuseADelegationToOneself() {
        String etag = etagOf(team);
        asUser(lead).body(body(null, lead, null, days(1), List.of())).post("/teams/{id}/delegations", team)
                .then().statusCode(422).body("type", equalTo("urn:remit:problem:self-delegation"))
                .body("errors.field", contains("delegate"));
        asAdmin().body(body(lead, lead, null, days(1), List.of())).post("/teams/{id}/delegations", team)
                .then().statusCode(422).body("type", equalTo("urn:remit:problem:self-delegation"));
        assertNothingWritten(etag);
    }

    @Test
    void shouldRefuseAPeriodThatEndsBeforeItStartsOrIsTooLongOrInThePast() {
        String etag = etagOf(team);
        Instant from = Instant.now().plus(Duration.ofDays(2));
        refuse(body(null, deputy, from.toString(), from.toString(), List.of()), "invalid-period");
        refuse(body(null, deputy, from.toString(), from.minusSeconds(1).toString(), List.of()), "invalid-period");
        refuse(body(null, deputy, null, Instant.now().minusSeconds(5).toString(), List.of()), "invalid-period");
        refuse(body(null, deputy, from.toString(), from.plus(Duration.ofDays(90)).plusSeconds(1).toString(),
                List.of()), "delegation-too-long");
        refuse(body(null, deputy, null, days(91), List.of()), "delegation-too-long");
        refuse(body(null, deputy, Instant.now().minusSeconds(120).toString(), days(1), List.of()),
                "valid-from-in-past");
        assertNothingWritten(etag);

        asUser(lead).body(body(null, deputy, from.toString(), from.plus(Duration.ofDays(90)).toString(), List.of()))
                .post("/teams/{id}/delegations", team).then().statusCode(201).body("status", equalTo("SCHEDULED"));
    }

    @Test
    void shouldRecordAValidFromWithinTheClockSkewAsNow() {
        Instant sent = Instant.now().minusSeconds(20);
        String validFrom = asUser(lead).body(body(null, deputy, sent.toString(), days(1), List.of()))
                .post("/teams/{id}/delegations", team).then().statusCode(201).extract().path("validFrom");
        assertThat(Instant.parse(validFrom)).isAfter(sent.plusSeconds(19));
    }

    @Test
    void shouldRefuseCategoriesThatAreNotDistinctSlugs() {
        String etag = etagOf(team);
        asUser(lead).filter(ContractValidation.responsesOnly())
                .body(body(null, deputy, null, days(1), List.of("spend", "Not A Slug", "spend", "-x")))
                .post("/teams/{id}/delegations", team).then().statusCode(422)
                .body("type", equalTo("urn:remit:problem:invalid-categories"))
                .body("errors.field", contains("categories[1]", "categories[2]", "categories[3]"));
        List<String> nulls = new ArrayList<>();
        nulls.add(null);
        asUser(lead).filter(ContractValidation.responsesOnly()).body(body(null, deputy, null, days(1), nulls))
                .post("/teams/{id}/delegations", team).then().statusCode(422)
                .body("type", equalTo("urn:remit:problem:invalid-categories"));
        refuse(body(null, deputy, null, days(1), IntStream.range(0, 51).mapToObj(i -> "c" + i + "x").toList()),
                "invalid-categories");
        assertNothingWritten(etag);
        asUser(lead).body(body(null, deputy, null, days(1), IntStream.range(0, 50).mapToObj(i -> "c" + i + "x")
                .toList())).post("/teams/{id}/delegations", team).then().statusCode(201);
    }

    @Test
    void shouldRefuseMalformedRequestsWith400() {
        String etag = etagOf(team);
        Map<String, Object> blankReason = body(null, deputy, null, days(1), List.of());
        blankReason.put("reason", " ");
        Map<String, Object> noDelegate = body(null, deputy, null, days(1), List.of());
        noDelegate.remove("delegate");
        Map<String, Object> noUntil = body(null, deputy, null, days(1), List.of());
        noUntil.remove("validUntil");
        Map<String, Object> badUser = body(null, "no/slash", null, days(1), List.of());
        Map<String, Object> longReason = body(null, deputy, null, days(1), List.of());
        longReason.put("reason", "r".repeat(2001));
        Map<String, Object> unknownField = body(null, deputy, null, days(1), List.of());
        unknownField.put("delegates", "x");
        Map<String, Object> badTime = body(null, deputy, null, "tomorrow", List.of());
        for (Map<String, Object> bad : List.of(blankReason, noDelegate, noUntil, badUser, longReason, unknownField,
                badTime)) {
            asUser(lead).filter(ContractValidation.responsesOnly()).body(bad).post("/teams/{id}/delegations", team)
                    .then().statusCode(400).contentType(PROBLEM);
        }
        assertNothingWritten(etag);
    }

    @Test
    void shouldRefuseAnArchivedOrUnknownTeam() {
        String archived = createTeam("root");
        addMember(archived, lead, "LEAD");
        asAdmin().post("/teams/{id}/archive", archived).then().statusCode(200);
        asUser(lead).body(body(null, deputy, null, days(1), List.of())).post("/teams/{id}/delegations", archived)
                .then().statusCode(409).body("type", equalTo("urn:remit:problem:team-archived"));
        asAdmin().body(body(lead, deputy, null, days(1), List.of())).post("/teams/{id}/delegations", "no-such-team")
                .then().statusCode(404).body("type", equalTo("urn:remit:problem:team-not-found"));
        asUser("reader").get("/teams/{id}/delegations", "no-such-team").then().statusCode(404);
        asUser("reader").get("/teams/{id}/delegations/{d}", team, "0190a000-0000-7000-8000-000000000000")
                .then().statusCode(404).body("type", equalTo("urn:remit:problem:delegation-not-found"));
    }

    @Test
    void shouldRefuseAnOverlappingDelegationToTheSameDelegate() {
        Instant from = Instant.now().plus(Duration.ofDays(1));
        String existing = create(asUser(lead), body(null, deputy, from.toString(),
                from.plus(Duration.ofDays(10)).toString(), List.of("spend")));
        String etag = etagOf(team);
        asAdmin().body(body(lead, deputy, from.plus(Duration.ofDays(9)).toString(),
                        from.plus(Duration.ofDays(20)).toString(), List.of("vendor")))
                .post("/teams/{id}/delegations", team)
                .then().statusCode(409).body("type", equalTo("urn:remit:problem:delegation-overlaps"))
                .body("detail", containsString(existing));
        assertNothingWritten(etag, existing);

        asUser(lead).body(body(null, deputy, from.plus(Duration.ofDays(10)).toString(),
                from.plus(Duration.ofDays(20)).toString(), List.of())).post("/teams/{id}/delegations", team)
                .then().statusCode(201);
        asUser(lead).body(body(null, uniqueId("other"), from.toString(), from.plus(Duration.ofDays(10)).toString(),
                List.of())).post("/teams/{id}/delegations", team).then().statusCode(201);
        asUser(otherLead).body(body(null, deputy, from.toString(), from.plus(Duration.ofDays(10)).toString(),
                List.of())).post("/teams/{id}/delegations", team).then().statusCode(201);
    }

    /** The team's row lock makes racing writes check what the one before committed, as sequential ones do. */
    @Test
    void shouldLetOneOfRacingOverlappingDelegationsAndRevocationsWin() throws Exception {
        List<Supplier<Integer>> creates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            creates.add(() -> asUser(lead).body(body(null, deputy, null, days(2), List.of()))
                    .post("/teams/{id}/delegations", team).statusCode());
        }
        List<Integer> created = Parallel.runTogether(creates);
        assertThat(created).filteredOn(s -> s == 201).hasSize(1);
        assertThat(created).filteredOn(s -> s != 201).containsOnly(409);
        List<String> ids = asUser("reader").get("/teams/{id}/delegations", team).then().extract().path("items.id");
        assertThat(ids).hasSize(1);

        List<Supplier<Integer>> revokes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            revokes.add(() -> asUser(lead).post("/teams/{id}/delegations/{d}/revoke", team, ids.get(0)).statusCode());
        }
        List<Integer> revoked = Parallel.runTogether(revokes);
        assertThat(revoked).filteredOn(s -> s == 200).hasSize(1);
        assertThat(revoked).filteredOn(s -> s != 200).containsOnly(409);
    }

    @Test
    void shouldRevokeOnceAndRefuseTheSecondTime() {
        String id = create(asUser(lead), body(null, deputy, null, days(3), List.of()));
        asUser(lead).body(Map.of("reason", "Back early")).post("/teams/{id}/delegations/{d}/revoke", team, id)
                .then().statusCode(200).body("status", equalTo("REVOKED")).body("revokedBy", equalTo(lead))
                .body("revokedAt", notNullValue()).body("revocationReason", equalTo("Back early"));
        String etag = etagOf(team);
        asUser(lead).body(Map.of("reason", "Again")).post("/teams/{id}/delegations/{d}/revoke", team, id)
                .then().statusCode(409).body("type", equalTo("urn:remit:problem:delegation-revoked"));
        asAdmin().post("/teams/{id}/delegations/{d}/revoke", team, id).then().statusCode(409);
        assertThat(etagOf(team)).isEqualTo(etag);
        asUser(member).get("/teams/{id}/delegations/{d}", team, id).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("$", not(hasKey("revocationReason")));
    }

    @Test
    void shouldLetTheDelegateRenounceAndAdminOrGovernanceRevokeWithoutABody() {
        String renounced = create(asUser(lead), body(null, deputy, null, days(3), List.of()));
        asUser(deputy).post("/teams/{id}/delegations/{d}/revoke", team, renounced)
                .then().statusCode(200).body("revokedBy", equalTo(deputy))
                .body("$", not(hasKey("revocationReason")));
        String byAdmin = create(asUser(lead), body(null, deputy, null, days(3), List.of()));
        asAdmin().post("/teams/{id}/delegations/{d}/revoke", team, byAdmin).then().statusCode(200)
                .body("status", equalTo("REVOKED"));
        String byGovernance = create(asUser(lead), body(null, deputy, null, days(3), List.of()));
        asGovernance().body(Map.of()).post("/teams/{id}/delegations/{d}/revoke", team, byGovernance)
                .then().statusCode(200).body("revokedBy", equalTo("gus-governance"));
    }

    @Test
    void shouldRefuseRevocationByAnyoneElse() {
        String id = create(asUser(lead), body(null, deputy, null, days(3), List.of()));
        String etag = etagOf(team);
        for (Supplier<RequestSpecification> caller : List.<Supplier<RequestSpecification>>of(() -> asUser(otherLead),
                () -> asUser(member), () -> asUser("stranger"), TeamFixtures::asAuditor,
                DelegationApiTest::asIntegration)) {
            caller.get().post("/teams/{id}/delegations/{d}/revoke", team, id).then().statusCode(403)
                    .contentType(PROBLEM);
        }
        assertNothingWritten(etag, id);
        asUser("reader").get("/teams/{id}/delegations/{d}", team, id).then().body("status", equalTo("ACTIVE"));
        asAdmin().post("/teams/{id}/delegations/{d}/revoke", team, "0190a000-0000-7000-8000-000000000000")
                .then().statusCode(404);
        asAdmin().filter(ContractValidation.responsesOnly()).body(Map.of("reason", "r".repeat(2001)))
                .post("/teams/{id}/delegations/{d}/revoke", team, id).then().statusCode(400);
        assertNothingWritten(etag, id);
    }

    @Test
    void shouldComputeTheStatusOverTimeAndRefuseRevokingAnExpiredOne() {
        Instant from = Instant.now().plusSeconds(2);
        String id = create(asUser(lead), body(null, deputy, from.toString(), from.plusSeconds(2).toString(),
                List.of()));
        asUser("reader").get("/teams/{id}/delegations/{d}", team, id).then().body("status", equalTo("SCHEDULED"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() ->
                "ACTIVE".equals(asUser("reader").get("/teams/{id}/delegations/{d}", team, id).path("status")));
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() ->
                "EXPIRED".equals(asUser("reader").get("/teams/{id}/delegations/{d}", team, id).path("status")));
        asUser(lead).post("/teams/{id}/delegations/{d}/revoke", team, id).then().statusCode(409)
                .body("type", equalTo("urn:remit:problem:delegation-expired"));

        asUser(lead).body(body(null, deputy, null, days(1), List.of())).post("/teams/{id}/delegations", team)
                .then().statusCode(201);
    }

    @Test
    void shouldSayWhenTheDelegatorIsNoLongerALead() {
        String id = create(asUser(lead), body(null, deputy, null, days(3), List.of()));
        asAdmin().body(Map.of("role", "MEMBER")).put("/teams/{t}/members/{u}", team, lead).then().statusCode(200);
        asUser("reader").get("/teams/{id}/delegations/{d}", team, id).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("delegatorIsLead", equalTo(false));
        asUser(lead).body(body(null, uniqueId("next"), null, days(1), List.of())).post("/teams/{id}/delegations", team)
                .then().statusCode(403);
        asUser(lead).post("/teams/{id}/delegations/{d}/revoke", team, id).then().statusCode(200);
    }

    @Test
    void shouldMoveTheTeamsVersionOnWithEveryDelegationWrite() {
        String first = etagOf(team);
        String id = create(asUser(lead), body(null, deputy, null, days(3), List.of()));
        String second = etagOf(team);
        asUser(lead).post("/teams/{id}/delegations/{d}/revoke", team, id).then().statusCode(200);
        assertThat(List.of(first, second, etagOf(team))).doesNotHaveDuplicates();
    }

    @Test
    void shouldPageDelegationsNewestFirst() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(create(asUser(lead), body(null, uniqueId("d" + i), null, days(1), List.of())));
        }
        String other = createTeam("root");
        addMember(other, deputy, "LEAD");
        String given = asUser(deputy).body(body(null, uniqueId("x"), null, days(1), List.of()))
                .post("/teams/{id}/delegations", other).then().statusCode(201).extract().path("id");
        String received = create(asUser(otherLead), body(null, deputy, null, days(1), List.of()));

        String next = asUser("reader").queryParam("limit", 2).get("/teams/{id}/delegations", team)
                .then().statusCode(200).body("items.id", contains(received, ids.get(2)))
                .body("next", containsString("after=" + ids.get(2))).extract().path("next");
        asUser("reader").get(next).then().statusCode(200).body("items.id", contains(ids.get(1), ids.get(0)))
                .body("next", nullValue());
        asUser("reader").get("/users/{u}/delegations", deputy).then().statusCode(200)
                .body("items.id", contains(received, given));
        asUser("reader").queryParam("limit", 1).get("/users/{u}/delegations", deputy).then().statusCode(200)
                .body("items.id", contains(received)).body("next", endsWith("limit=1"));
        asUser("reader").filter(ContractValidation.responsesOnly()).queryParam("limit", 0)
                .get("/users/{u}/delegations", deputy).then().statusCode(400);
    }

    private static RequestSpecification asIntegration() {
        return given().auth().oauth2(DevTokens.token("bot", "integration")).contentType(ContentType.JSON);
    }

    private void refuse(Map<String, Object> body, String slug) {
        asUser(lead).body(body).post("/teams/{id}/delegations", team).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:remit:problem:" + slug));
    }

    /** The team's version is where it was and it has no delegations but those named. */
    private void assertNothingWritten(String etag, String... existing) {
        assertThat(etagOf(team)).isEqualTo(etag);
        List<String> ids = asUser("reader").get("/teams/{id}/delegations", team).then().statusCode(200)
                .extract().path("items.id");
        assertThat(ids).containsExactlyInAnyOrder(existing);
    }

    private String create(RequestSpecification as, Map<String, Object> body) {
        return as.body(body).post("/teams/{id}/delegations", team).then().statusCode(201).extract().path("id");
    }

    private static String days(int days) {
        return Instant.now().plus(Duration.ofDays(days)).toString();
    }

    static Map<String, Object> body(String delegator, String delegate, String validFrom, String validUntil,
            List<String> categories) {
        Map<String, Object> body = new HashMap<>();
        if (delegator != null) {
            body.put("delegator", delegator);
        }
        body.put("delegate", delegate);
        if (validFrom != null) {
            body.put("validFrom", validFrom);
        }
        body.put("validUntil", validUntil);
        if (categories != null) {
            body.put("categories", categories);
        }
        body.put("reason", "Parental leave");
        return body;
    }
}
