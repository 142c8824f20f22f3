package io.remit.notification.audit;

import static io.remit.notification.Fixtures.as;
import static io.remit.notification.Fixtures.root;
import static io.remit.notification.Fixtures.team;
import static io.remit.notification.Fixtures.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.notification.Escalations;
import io.remit.notification.notification.domain.AttemptOutcome;
import io.remit.notification.notification.domain.DeliveryAttempt;
import io.remit.platform.ids.TimeOrderedIds;
import io.remit.platform.testing.KafkaBrokerResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GET /audit/escalations and /audit/escalations/{id}, fed with teams and escalations through the real broker. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class AuditEscalationsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CSV_HEADER = "escalationId,decisionId,decidingTeamId,title,category,budget,currency,"
            + "risk,scope,reversible,decidedBy,decidedAt,reasons,level,targetTeamId,routedTo,status,openedAt,dueAt,"
            + "acknowledgedAt,acknowledgedBy,resolvedAt,resolvedBy,outcome,resolutionComment,breaches,notifications,"
            + "deliveryAttempts,overdue,acknowledgedOnBehalfOf,resolvedOnBehalfOf,approvals,approvalsRequired,votes,"
            + "withdrawnAt,withdrawnBy,withdrawnOnBehalfOf,withdrawalReason,supersededBy,decisionStatus";

    /** An escalation this test published. */
    record Escalated(String id, String decisionId, String decidingTeam, String target, Instant dueAt) {

        void acknowledge(String by) {
            Escalations.publish(Escalations.acknowledged(id, decisionId, decidingTeam, 1, target, by,
                    Instant.now().plus(Duration.ofHours(2))), decisionId);
        }

        void resolve(String outcome, String by) {
            Escalations.publish(Escalations.resolved(id, decisionId, decidingTeam, 1, target, outcome, by),
                    decisionId);
        }
    }

    @Test
    void shouldShowGovernanceEachEscalationWithRoutesNotificationsAndResolution() {
        String lead = uniqueId("dana");
        String root = root(uniqueId("root")).publish();
        String department = team(uniqueId("dept"), root).lead(lead).publish();
        String deciding = uniqueId("payments");
        Escalated escalation = escalate(deciding, department, Instant.now().plus(Duration.ofHours(1)), null);

        governance().queryParam("teamId", deciding).get("/audit/escalations").then().statusCode(200)
                .body("items.id", contains(escalation.id()))
                .body("next", nullValue())
                .body("items[0].decisionId", equalTo(escalation.decisionId()))
                .body("items[0].decidingTeamId", equalTo(deciding))
                .body("items[0].title", equalTo("Switch card processor to Acme Pay"))
                .body("items[0].budget.amount", equalTo(50000))
                .body("items[0].budget.currency", equalTo("EUR"))
                .body("items[0].status", equalTo("OPEN"))
                .body("items[0].level", equalTo(1))
                .body("items[0].targetTeamId", equalTo(department))
                .body("items[0].overdue", equalTo(false))
                .body("items[0].acknowledgedAt", nullValue())
                .body("items[0].routes", hasSize(1))
                .body("items[0].routes[0].level", equalTo(1))
                .body("items[0].routes[0].targetTeamId", equalTo(department))
                .body("items[0].routes[0].notifiedTeamId", equalTo(department))
                .body("items[0].routes[0].fallback", equalTo(false))
                .body("items[0].notifications", hasSize(1))
                .body("items[0].notifications[0].recipient", equalTo(lead))
                .body("items[0].notifications[0].channel", equalTo("INBOX"))
                .body("items[0].notifications[0].kind", equalTo("ESCALATED"))
                .body("items[0].notifications[0].deliveryAttempts", empty())
                .body("items[0].breaches", empty());
        governance().queryParam("teamId", department).get("/audit/escalations").then()
                .body("items.id", contains(escalation.id()));
        governance().queryParam("teamId", uniqueId("elsewhere")).get("/audit/escalations").then()
                .body("items", empty());

        escalation.acknowledge(lead);
        escalation.resolve("APPROVED", lead);

        await().atMost(WAIT).untilAsserted(() -> governance().queryParam("teamId", deciding)
                .get("/audit/escalations").then().body("items[0].status", equalTo("APPROVED")));
        governance().queryParam("teamId", deciding).get("/audit/escalations").then()
                .body("items[0].acknowledgedAt", notNullValue())
                .body("items[0].acknowledgedBy", equalTo(lead))
                .body("items[0].resolvedAt", notNullValue())
                .body("items[0].resolvedBy", equalTo(lead))
                .body("items[0].outcome", equalTo("APPROVED"))
                .body("items[0].resolutionComment", notNullValue());
    }

    @Test
    void shouldFilterByStatusOverdueAndOpeningTime() {
        String root = root(uniqueId("root")).publish();
        String department = team(uniqueId("dept"), root).lead(uniqueId("lead")).publish();
        String deciding = uniqueId("payments");
        Instant start = Instant.now();
        Escalated late = escalate(deciding, department, Instant.now().minus(Duration.ofMinutes(1)), null);
        Escalated onTime = escalate(deciding, department, Instant.now().plus(Duration.ofHours(1)), null);
        onTime.resolve("REJECTED", "gail");
        await().atMost(WAIT).untilAsserted(() -> trail(onTime.id()).then()
                .body("escalation.status", equalTo("REJECTED")));
        Instant end = Instant.now();

        assertThat(ids(Filter.of("teamId", deciding))).containsExactly(onTime.id(), late.id());
        assertThat(ids(Filter.of("teamId", deciding, "overdue", "true"))).containsExactly(late.id());
        assertThat(ids(Filter.of("teamId", deciding, "overdue", "false"))).containsExactly(onTime.id());
        assertThat(ids(Filter.of("teamId", deciding, "status", "REJECTED"))).containsExactly(onTime.id());
        assertThat(ids(Filter.of("teamId", deciding, "status", "OPEN"))).containsExactly(late.id());
        assertThat(ids(Filter.of("teamId", deciding, "status", "APPROVED"))).isEmpty();
        assertThat(ids(Filter.of("teamId", deciding, "from", start.toString(), "to", end.toString())))
                .containsExactly(onTime.id(), late.id());
        assertThat(ids(Filter.of("teamId", deciding, "from", end.toString()))).isEmpty();
        assertThat(ids(Filter.of("teamId", deciding, "to", start.toString()))).isEmpty();
        governance().queryParam("teamId", deciding).queryParam("overdue", "true").get("/audit/escalations").then()
                .body("items[0].overdue", equalTo(true))
                .body("items[0].resolvedAt", nullValue());
    }

    @Test
    void shouldPageNewestFirstWithTheKeyset() {
        String root = root(uniqueId("root")).publish();
        String department = team(uniqueId("dept"), root).lead(uniqueId("lead")).publish();
        String deciding = uniqueId("payments");
        Instant due = Instant.now().plus(Duration.ofHours(1));
        Escalated first = escalate(deciding, department, due, null);
        Escalated second = escalate(deciding, department, due, null);
        Escalated third = escalate(deciding, department, due, null);

        Response page1 = governance().queryParam("teamId", deciding).queryParam("limit", "1")
                .get("/audit/escalations");
        page1.then().statusCode(200).body("items.id", contains(third.id()))
                .body("next", startsWith("/audit/escalations?"));
        Response page2 = follow(page1.path("next"));
        page2.then().statusCode(200).body("items.id", contains(second.id())).body("next", notNullValue());
        Response page3 = follow(page2.path("next"));
        page3.then().statusCode(200).body("items.id", contains(first.id())).body("next", nullValue());
        governance().queryParam("teamId", deciding).queryParam("limit", "2").get("/audit/escalations").then()
                .body("items.id", contains(third.id(), second.id()));
    }

    @Test
    void shouldExportCsvWithEscapingAndALinkToTheNextPage() {
        String root = root(uniqueId("root")).publish();
        String department = team(uniqueId("dept"), root).lead(uniqueId("lead")).publish();
        String deciding = uniqueId("payments");
        Instant due = Instant.now().plus(Duration.ofHours(1));
        Escalated plain = escalate(deciding, department, due, null);
        Escalated tricky = escalate(deciding, department, due, "=HYPERLINK(\"http://evil.example\"), \"Acme\" deal");

        Response csv = governance().accept("text/csv").queryParam("teamId", deciding).get("/audit/escalations");
        csv.then().statusCode(200).contentType(startsWith("text/csv")).header("Link", nullValue());
        List<String> lines = List.of(csv.asString().split("\r\n"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(CSV_HEADER);
        assertThat(lines.get(1)).startsWith(tricky.id() + "," + tricky.decisionId() + "," + deciding + ","
                + "\"'=HYPERLINK(\"\"http://evil.example\"\"), \"\"Acme\"\" deal\",spend,50000,EUR,");
        assertThat(lines.get(1)).contains("," + department + "," + department + ",OPEN,");
        assertThat(lines.get(1)).endsWith(",0,1,0,false" + ",".repeat(11));
        assertThat(lines.get(2)).startsWith(plain.id() + ",").contains(",Switch card processor to Acme Pay,");

        String next = governance().queryParam("teamId", deciding).queryParam("limit", "1").get("/audit/escalations")
                .then().statusCode(200).extract().path("next");
        assertThat(next).isNotNull();
        Response firstPage = governance().accept("text/csv").queryParam("teamId", deciding).queryParam("limit", "1")
                .get("/audit/escalations");
        firstPage.then().statusCode(200).header("Link", equalTo("<" + next + ">; rel=\"next\""));
        assertThat(firstPage.asString().split("\r\n")).hasSize(2);
        Response lastPage = follow(next, "text/csv");
        lastPage.then().statusCode(200).header("Link", nullValue());
        assertThat(lastPage.asString().split("\r\n")).containsExactly(CSV_HEADER, lines.get(2));
    }

    @Test
    void shouldTellTheWholeTrailInOrder() {
        String lead = uniqueId("lena");
        String root = root(uniqueId("root")).publish();
        String department = team(uniqueId("dept"), root).lead(lead).publish();
        String deciding = uniqueId("payments");
        Escalated escalation = escalate(deciding, department, Instant.now().minus(Duration.ofSeconds(5)), null);

        // The deadline has passed already: the SLA timer fires a breach within about a second.
        await().atMost(WAIT).untilAsserted(() -> trail(escalation.id()).then()
                .body("escalation.breaches", hasSize(1)));
        String notificationId = trail(escalation.id()).path("escalation.notifications[0].id");
        as(lead).post("/notifications/{id}/read", notificationId).then().statusCode(200);
        escalation.acknowledge(lead);
        await().atMost(WAIT).untilAsserted(() -> trail(escalation.id()).then()
                .body("escalation.status", equalTo("ACKNOWLEDGED")));
        recordDeliveryAttempt(notificationId);
        escalation.resolve("APPROVED", lead);
        await().atMost(WAIT).untilAsserted(() -> trail(escalation.id()).then()
                .body("escalation.status", equalTo("APPROVED")));

        Response trail = trail(escalation.id());
        trail.then().statusCode(200)
                .body("escalation.id", equalTo(escalation.id()))
                .body("escalation.overdue", equalTo(false))
                .body("escalation.routes.targetTeamId", contains(department))
                .body("escalation.breaches[0].level", equalTo(1))
                .body("escalation.breaches[0].targetTeamId", equalTo(department))
                .body("escalation.breaches[0].atRoot", equalTo(false))
                .body("escalation.notifications[0].deliveryAttempts[0].outcome", equalTo("DELIVERED"))
                .body("escalation.notifications[0].deliveryAttempts[0].statusCode", equalTo(204))
                .body("timeline.what", contains("OPENED", "ROUTED", "NOTIFIED", "BREACHED", "READ", "ACKNOWLEDGED",
                        "DELIVERY_ATTEMPT", "RESOLVED"))
                .body("timeline[1].detail", startsWith("Level 1 routed to team " + department));
        List<Instant> times = trail.<List<String>>path("timeline.at").stream().map(Instant::parse).toList();
        assertThat(times).isSorted();

        governance().get("/audit/escalations/{id}", TimeOrderedIds.next()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void shouldLetOnlyGovernanceRead() {
        String id = TimeOrderedIds.next();
        given().get("/audit/escalations").then().statusCode(401).contentType("application/problem+json");
        given().accept("text/csv").get("/audit/escalations").then().statusCode(401);
        given().get("/audit/escalations/{id}", id).then().statusCode(401);
        as("lou").get("/audit/escalations").then().statusCode(403).contentType("application/problem+json");
        as("ada", "admin").accept("text/csv").get("/audit/escalations").then().statusCode(403);
        as("ian", "integration").get("/audit/escalations/{id}", id).then().statusCode(403);
    }

    @Test
    void shouldLetAnAuditorReadEverythingGovernanceReadsAndChangeNothing() {
        String lead = uniqueId("lena");
        String root = root(uniqueId("root")).publish();
        String department = team(uniqueId("dept"), root).lead(lead).publish();
        String deciding = uniqueId("payments");
        Escalated escalation = escalate(deciding, department, Instant.now().plus(Duration.ofHours(1)), null);
        await().atMost(WAIT).untilAsserted(() -> as(lead).get("/notifications").then()
                .body("items.escalationId", contains(escalation.id())));
        String notificationId = as(lead).get("/notifications").path("items[0].id");

        as("aude", "auditor").queryParam("teamId", deciding).get("/audit/escalations").then().statusCode(200)
                .body("items.id", contains(escalation.id()));
        as("aude", "auditor").accept("text/csv").queryParam("teamId", deciding).get("/audit/escalations").then()
                .statusCode(200).body(startsWith(CSV_HEADER + "\r\n" + escalation.id() + ","));
        as("aude", "auditor").get("/audit/escalations/{id}", escalation.id()).then().statusCode(200)
                .body("escalation.notifications.recipient", contains(lead));
        as("aude", "auditor").queryParam("recipient", lead).get("/notifications").then().statusCode(200)
                .body("items.id", contains(notificationId));
        as("aude", "auditor").queryParam("escalationId", escalation.id()).get("/notifications").then()
                .statusCode(200).body("items.recipient", contains(lead));

        as("aude", "auditor").post("/notifications/{id}/read", notificationId).then().statusCode(403)
                .contentType("application/problem+json");
        as(lead, "auditor").post("/notifications/{id}/read", notificationId).then().statusCode(403);
        as(lead).get("/notifications").then().body("items[0].status", equalTo("UNREAD"));
    }

    @Test
    void shouldShowWhoADelegateActedForAndWhichTeamsRoutingSkipped() {
        String delegate = uniqueId("dev");
        String lead = uniqueId("lena");
        String root = root(uniqueId("root")).publish();
        String department = team(uniqueId("dept"), root).lead(lead).publish();
        String deciding = uniqueId("payments");
        String id = TimeOrderedIds.next();
        String decisionId = TimeOrderedIds.next();
        ObjectNode event = Escalations.escalated(id, decisionId, deciding, 1, department,
                Instant.now().plus(Duration.ofHours(1)));
        Escalations.skipping(event, deciding, "NOT_COVERED", "budget 50000 EUR exceeds 20000 EUR");
        Escalations.skipping(event, uniqueId("archived"), "ARCHIVED", "archived");
        Escalations.publish(event, decisionId);
        await().atMost(WAIT).untilAsserted(() -> trail(id).then().statusCode(200));
        Escalations.publish(Escalations.onBehalfOf(Escalations.acknowledged(id, decisionId, deciding, 1, department,
                delegate, Instant.now().plus(Duration.ofHours(2))), lead), decisionId);
        Escalations.publish(Escalations.onBehalfOf(Escalations.resolved(id, decisionId, deciding, 1, department,
                "APPROVED", delegate), lead), decisionId);
        await().atMost(WAIT).untilAsserted(() -> trail(id).then().body("escalation.status", equalTo("APPROVED")));

        trail(id).then().statusCode(200)
                .body("escalation.acknowledgedBy", equalTo(delegate))
                .body("escalation.acknowledgedOnBehalfOf", equalTo(lead))
                .body("escalation.resolvedBy", equalTo(delegate))
                .body("escalation.resolvedOnBehalfOf", equalTo(lead))
                .body("escalation.routes[0].skipped.teamId", hasSize(2))
                .body("escalation.routes[0].skipped[0].teamId", equalTo(deciding))
                .body("escalation.routes[0].skipped[0].reason", equalTo("NOT_COVERED"))
                .body("escalation.routes[0].skipped[0].detail", equalTo("budget 50000 EUR exceeds 20000 EUR"))
                .body("escalation.routes[0].skipped[1].reason", equalTo("ARCHIVED"))
                .body("escalation.routes[0].skipped[1].detail", equalTo("archived"))
                .body("timeline.find { it.what == 'ROUTED' }.detail",
                        containsString("; skipped " + deciding + " (NOT_COVERED: budget 50000 EUR exceeds 20000 EUR)"))
                .body("timeline.find { it.what == 'ACKNOWLEDGED' }.detail",
                        equalTo("Acknowledged by " + delegate + " on behalf of " + lead))
                .body("timeline.find { it.what == 'RESOLVED' }.detail",
                        startsWith("APPROVED by " + delegate + " on behalf of " + lead));
        String csv = governance().accept("text/csv").queryParam("teamId", deciding).get("/audit/escalations")
                .then().statusCode(200).extract().asString();
        assertThat(csv.split("\r\n")[1]).endsWith("," + lead + "," + lead + ",".repeat(9));
    }

    @Test
    void shouldShowAnActInOwnRightWithoutOnBehalfOfAndALevelThatSkippedNoTeamWithNoSkips() {
        String lead = uniqueId("lena");
        String root = root(uniqueId("root")).publish();
        String department = team(uniqueId("dept"), root).lead(lead).publish();
        Escalated escalation = escalate(uniqueId("payments"), department, Instant.now().plus(Duration.ofHours(1)),
                null);
        escalation.acknowledge(lead);
        await().atMost(WAIT).untilAsserted(() -> trail(escalation.id()).then()
                .body("escalation.status", equalTo("ACKNOWLEDGED")));

        trail(escalation.id()).then()
                .body("escalation", not(hasKey("acknowledgedOnBehalfOf")))
                .body("escalation.routes[0].skipped", empty())
                .body("timeline.find { it.what == 'ACKNOWLEDGED' }.detail", equalTo("Acknowledged by " + lead));
    }

    @Test
    void shouldRefuseMalformedParametersNamingThem() {
        governance().queryParam("from", "yesterday").get("/audit/escalations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("from"));
        governance().accept("text/csv").queryParam("from", "2026-13-01T00:00:00Z").get("/audit/escalations").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", contains("from"));
        governance().queryParam("to", "2026-11-01").get("/audit/escalations").then().statusCode(400)
                .body("errors.field", contains("to"));
        governance().queryParam("from", "2026-11-02T00:00:00Z").queryParam("to", "2026-11-01T00:00:00Z")
                .get("/audit/escalations").then().statusCode(400).body("errors.field", contains("to"));
        governance().queryParam("status", "CLOSED").queryParam("overdue", "maybe").queryParam("limit", "0")
                .get("/audit/escalations").then().statusCode(400)
                .body("errors.field", contains("status", "overdue", "limit"));
        governance().queryParam("limit", "501").get("/audit/escalations").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** Publishes a new escalation (UUIDv7 ids, so newer ones sort later) and waits until the audit holds it. */
    /** The audit's time filters are about when an escalation opened, not when this service happened to read it. */
    @Test
    void shouldDateAnEscalationByItsOpeningNotByWhenItWasRead() {
        String root = root(uniqueId("root")).publish();
        String department = team(uniqueId("dept"), root).lead(uniqueId("dana")).publish();
        String deciding = uniqueId("payments");
        Instant opened = Instant.parse("2026-01-15T10:00:00Z");
        String id = TimeOrderedIds.next();
        String decisionId = TimeOrderedIds.next();
        ObjectNode event = Escalations.escalated(id, decisionId, deciding, 1, department,
                Instant.now().plus(Duration.ofHours(1)));
        event.put("time", opened.toString());
        Escalations.publish(event, decisionId);
        await().atMost(WAIT).untilAsserted(() -> trail(id).then().statusCode(200));

        governance().queryParam("teamId", deciding).get("/audit/escalations").then().statusCode(200)
                .body("items[0].openedAt", equalTo(opened.toString()));
        governance().queryParam("teamId", deciding).queryParam("from", "2026-01-15T00:00:00Z")
                .queryParam("to", "2026-01-16T00:00:00Z").get("/audit/escalations").then().statusCode(200)
                .body("items.id", contains(id));
    }

    private static Escalated escalate(String decidingTeam, String target, Instant dueAt, String title) {
        String id = TimeOrderedIds.next();
        String decisionId = TimeOrderedIds.next();
        ObjectNode event = Escalations.escalated(id, decisionId, decidingTeam, 1, target, dueAt);
        if (title != null) {
            ((ObjectNode) event.get("data").get("decision")).put("title", title);
            Escalations.assertValid(event);
        }
        Escalations.publish(event, decisionId);
        await().atMost(WAIT).untilAsserted(() -> trail(id).then().statusCode(200));
        return new Escalated(id, decisionId, decidingTeam, target, dueAt);
    }

    private static RequestSpecification governance() {
        return as("gail", "governance");
    }

    private static Response trail(String id) {
        return governance().get("/audit/escalations/{id}", id);
    }

    /** Follows a next link as it was given (it is already encoded). */
    private static Response follow(String next) {
        return follow(next, "application/json");
    }

    private static Response follow(String next, String accept) {
        return governance().accept(accept).urlEncodingEnabled(false).get(next);
    }

    private record Filter(String... pairs) {
        static Filter of(String... pairs) {
            return new Filter(pairs);
        }
    }

    private static List<String> ids(Filter filter) {
        RequestSpecification request = governance();
        for (int i = 0; i < filter.pairs().length; i += 2) {
            request.queryParam(filter.pairs()[i], filter.pairs()[i + 1]);
        }
        return request.get("/audit/escalations").then().statusCode(200).extract().path("items.id");
    }

    /** A delivery attempt as the dispatcher records it, so the trail has one to show. */
    private static void recordDeliveryAttempt(String notificationId) {
        QuarkusTransaction.requiringNew().run(() -> {
            DeliveryAttempt attempt = new DeliveryAttempt();
            attempt.id = TimeOrderedIds.next();
            attempt.notificationId = notificationId;
            attempt.attempt = 1;
            attempt.attemptedAt = Instant.now();
            attempt.statusCode = 204;
            attempt.latencyMs = 12;
            attempt.outcome = AttemptOutcome.DELIVERED;
            Arc.container().instance(EntityManager.class).get().persist(attempt);
        });
    }
}
