package io.remit.notification;

import static io.remit.notification.Fixtures.as;
import static io.remit.notification.Fixtures.root;
import static io.remit.notification.Fixtures.team;
import static io.remit.notification.Fixtures.uniqueId;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.TeamEventFixture;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Delegates of a lead hear of escalations as that lead would (DESIGN, Authority over time 1): those whose delegation
 * is active at that instant for the escalation's category, marked with the lead they stand in for; and a delegation
 * that starts while escalations are open shows them in the delegate's inbox, once.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class DelegateNotificationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Longer than two catch-up sweeps (remit.delegation.catch-up-interval is 2s in tests). */
    private static final Duration QUIET = Duration.ofSeconds(5);

    @Test
    void shouldNotifyOnlyTheDelegatesActiveNowForTheCategoryOnBehalfOfTheirLead() {
        String lead = uniqueId("lena");
        String formerLead = uniqueId("fred");
        String active = uniqueId("dev");
        String everyCategory = uniqueId("alma");
        String expired = uniqueId("eve");
        String otherCategory = uniqueId("oscar");
        String revoked = uniqueId("rita");
        String ofFormerLead = uniqueId("finn");
        Instant now = Instant.now();
        TeamEventFixture department = team(uniqueId("dept"), root(uniqueId("root")).publish())
                .lead(lead).lead(formerLead)
                .delegation(lead, active, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), "spend",
                        "vendor")
                .delegation(lead, everyCategory, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)))
                .delegation(lead, expired, now.minus(Duration.ofDays(2)), now.minus(Duration.ofSeconds(1)), "spend")
                .delegation(lead, otherCategory, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), "hiring")
                .delegation(formerLead, ofFormerLead, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)))
                .delegation(lead, revoked, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)));
        department.publish();
        // Revoked: absent from the next snapshot; the former lead is a member now.
        String target = department.withoutDelegation(department.lastDelegationId()).member(formerLead).publish();
        String escalation = escalate(target, "spend");

        await().atMost(WAIT).untilAsserted(() -> inboxesOf(escalation)
                .body("items.recipient", containsInAnyOrder(lead, active, everyCategory)));
        inboxesOf(escalation)
                .body("items.find { it.recipient == '" + active + "' }.onBehalfOf", equalTo(lead))
                .body("items.find { it.recipient == '" + everyCategory + "' }.onBehalfOf", equalTo(lead))
                .body("items.find { it.recipient == '" + lead + "' }.onBehalfOf", nullValue());
        as(active).get("/notifications").then().statusCode(200)
                .body("items.escalationId", contains(escalation))
                .body("items[0].onBehalfOf", equalTo(lead))
                .body("items[0].kind", equalTo("ESCALATED"))
                .body("items[0].teamId", equalTo(target))
                .body("items[0].fallback", equalTo(false));
        for (String nobody : new String[] {expired, otherCategory, revoked, ofFormerLead}) {
            as(nobody).get("/notifications").then().statusCode(200).body("items", hasSize(0));
        }
        as("gail", "governance").get("/audit/escalations/{id}", escalation).then()
                .body("escalation.notifications.find { it.recipient == '" + active + "' }.onBehalfOf", equalTo(lead))
                .body("timeline.detail", hasItem("ESCALATED notification via INBOX to " + active + " on behalf of "
                        + lead + " (team " + target + ", level 1)"));
    }

    @Test
    void shouldTellALeadWhoIsAlsoADelegateOnceAsALead() {
        String lead = uniqueId("lena");
        String alsoLead = uniqueId("lars");
        Instant now = Instant.now();
        String target = team(uniqueId("dept"), root(uniqueId("root")).publish()).lead(lead).lead(alsoLead)
                .delegation(lead, alsoLead, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)))
                .publish();
        String escalation = escalate(target, "spend");

        await().atMost(WAIT).untilAsserted(() -> inboxesOf(escalation)
                .body("items.recipient", containsInAnyOrder(lead, alsoLead)));
        as(alsoLead).get("/notifications").then().body("items", hasSize(1))
                .body("items[0].onBehalfOf", nullValue());
    }

    @Test
    void shouldNameTheFirstLeadByIdWhenOneDelegateStandsInForSeveral() {
        String first = "a-" + uniqueId("anna");
        String second = "b-" + uniqueId("bert");
        String delegate = uniqueId("dev");
        Instant now = Instant.now();
        String target = team(uniqueId("dept"), root(uniqueId("root")).publish()).lead(second).lead(first)
                .delegation(second, delegate, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)))
                .delegation(first, delegate, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), "spend")
                .publish();
        String escalation = escalate(target, "spend");

        await().atMost(WAIT).untilAsserted(() -> as(delegate).get("/notifications").then()
                .body("items.escalationId", contains(escalation)));
        as(delegate).get("/notifications").then().body("items[0].onBehalfOf", equalTo(first));
    }

    @Test
    void shouldFallBackPastATeamWhoseDelegatorIsNoLongerALeadAndTellTheAncestorsDelegates() {
        String rootLead = uniqueId("rory");
        String rootDelegate = uniqueId("rhea");
        String formerLead = uniqueId("fred");
        String strandedDelegate = uniqueId("stan");
        Instant now = Instant.now();
        String root = root(uniqueId("root")).lead(rootLead)
                .delegation(rootLead, rootDelegate, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)))
                .publish();
        String silent = team(uniqueId("silent"), root).member(formerLead)
                .delegation(formerLead, strandedDelegate, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)))
                .publish();
        String escalation = escalate(silent, "spend");

        await().atMost(WAIT).untilAsserted(() -> inboxesOf(escalation)
                .body("items.recipient", containsInAnyOrder(rootLead, rootDelegate)));
        as(rootDelegate).get("/notifications").then().body("items[0].fallback", equalTo(true))
                .body("items[0].teamId", equalTo(root)).body("items[0].onBehalfOf", equalTo(rootLead));
        as(strandedDelegate).get("/notifications").then().body("items", hasSize(0));
    }

    @Test
    void shouldRemindTheRootsDelegatesWhenTheDeadlinePassesThere() {
        String rootLead = uniqueId("rory");
        String rootDelegate = uniqueId("rhea");
        Instant now = Instant.now();
        String root = root(uniqueId("root")).lead(rootLead)
                .delegation(rootLead, rootDelegate, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)))
                .publish();
        String escalation = UUID.randomUUID().toString();
        String decision = UUID.randomUUID().toString();
        Escalations.publish(Escalations.escalated(escalation, decision, "payments", 1, root,
                Instant.now().plusSeconds(2)), decision);

        await().atMost(WAIT).untilAsserted(() -> as(rootDelegate).get("/notifications").then()
                .body("items.kind", contains("REMINDER", "ESCALATED")));
        as(rootDelegate).get("/notifications").then().body("items[0].onBehalfOf", equalTo(rootLead));
        as(rootLead).get("/notifications").then().body("items.kind", hasItem("REMINDER"));
    }

    @Test
    void shouldShowADelegationThatArrivesTheOpenEscalationsItCoversOnce() {
        String lead = uniqueId("lena");
        String delegate = uniqueId("dev");
        TeamEventFixture department = team(uniqueId("dept"), root(uniqueId("root")).publish()).lead(lead);
        String target = department.publish();
        String decision = UUID.randomUUID().toString();
        String covered = UUID.randomUUID().toString();
        ObjectNode coveredEvent = Escalations.escalated(covered, decision, "payments", 1, target,
                Instant.now().plus(Duration.ofHours(1)));
        Escalations.publish(coveredEvent, decision);
        String otherCategory = escalate(target, "hiring");
        String resolved = escalate(target, "spend");
        Escalations.publish(Escalations.resolved(resolved, decision, "payments", 1, target, "APPROVED", lead),
                decision);
        await().atMost(WAIT).untilAsserted(() -> as("gail", "governance").get("/audit/escalations/{id}", resolved)
                .then().statusCode(200).body("escalation.status", equalTo("APPROVED")));
        await().atMost(WAIT).untilAsserted(() -> as(lead).get("/notifications").then().body("items", hasSize(3)));

        Instant now = Instant.now();
        department.delegation(lead, delegate, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(1)), "spend")
                .publish();

        await().atMost(WAIT).untilAsserted(() -> as(delegate).get("/notifications").then()
                .body("items.escalationId", contains(covered)));
        as(delegate).get("/notifications").then()
                .body("items[0].onBehalfOf", equalTo(lead))
                .body("items[0].kind", equalTo("ESCALATED"))
                .body("items[0].level", equalTo(1))
                .body("items[0].status", equalTo("UNREAD"));

        // Another snapshot with the same delegation, the escalation's event delivered again, and sweeps: still one.
        department.publish();
        Escalations.publish(coveredEvent, decision);
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).untilAsserted(() -> as(delegate).get("/notifications")
                .then().statusCode(200).body("items.escalationId", contains(covered)));
        as("gail", "governance").queryParam("escalationId", otherCategory).get("/notifications").then()
                .body("items.recipient", contains(lead));
    }

    @Test
    void shouldShowAScheduledDelegationTheOpenEscalationsItCoversOnceItStarts() {
        String lead = uniqueId("lena");
        String delegate = uniqueId("dev");
        TeamEventFixture department = team(uniqueId("dept"), root(uniqueId("root")).publish()).lead(lead);
        String target = department.publish();
        String escalation = escalate(target, "spend");
        await().atMost(WAIT).untilAsserted(() -> as(lead).get("/notifications").then().body("items", hasSize(1)));

        Instant starts = Instant.now().plusSeconds(5);
        department.delegation(lead, delegate, starts, starts.plus(Duration.ofDays(1))).publish();
        // Not before it starts (checked unless a slow machine took that long to apply the snapshot).
        if (Instant.now().isBefore(starts.minusSeconds(1))) {
            as(delegate).get("/notifications").then().statusCode(200).body("items", hasSize(0));
        }

        await().atMost(WAIT).untilAsserted(() -> as(delegate).get("/notifications").then()
                .body("items.escalationId", contains(escalation)));
        as(delegate).get("/notifications").then().body("items[0].onBehalfOf", equalTo(lead));
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).untilAsserted(() -> as(delegate).get("/notifications")
                .then().statusCode(200).body("items", hasSize(1)));
    }

    /** Publishes a new escalation of a decision in a category to the target; returns its id. */
    private static String escalate(String target, String category) {
        String escalation = UUID.randomUUID().toString();
        String decision = UUID.randomUUID().toString();
        Escalations.publish(Escalations.inCategory(Escalations.escalated(escalation, decision, "payments", 1, target,
                Instant.now().plus(Duration.ofHours(1))), category), decision);
        return escalation;
    }

    /** The inbox notifications about an escalation, as governance reads them. */
    private static ValidatableResponse inboxesOf(String escalation) {
        return as("gail", "governance").queryParam("escalationId", escalation).get("/notifications").then()
                .statusCode(200);
    }
}
