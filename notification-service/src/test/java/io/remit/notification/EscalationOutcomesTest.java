package io.remit.notification;

import static io.remit.notification.Fixtures.as;
import static io.remit.notification.Fixtures.root;
import static io.remit.notification.Fixtures.team;
import static io.remit.notification.Fixtures.uniqueId;
import static io.remit.platform.testing.ConsumerOutages.deadLetteredUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.notification.escalation.events.DecisionEventsConsumer;
import io.remit.notification.escalation.service.EscalationTracker;
import io.remit.notification.notification.domain.Notification;
import io.remit.notification.notification.domain.NotificationKind;
import io.remit.notification.sla.domain.SlaTimer;
import io.remit.notification.sla.domain.TimerState;
import io.remit.notification.sla.service.SlaBreaches;
import io.remit.platform.events.CloudEventReader;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.TopicReader;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Votes, withdrawals and decision status changes, fed as decision-service's examples through the real broker: votes
 * join the audit trail without touching deadlines, a withdrawal ends the escalation WITHDRAWN, stops its deadline
 * for good and tells everyone who was told of it, once.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class EscalationOutcomesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String FIRST_VOTE = "escalation-voted.json";
    private static final String COMPLETING_VOTE = "escalation-voted-completing.json";

    @Inject
    EntityManager entityManager;

    @Inject
    EscalationTracker tracker;

    @Inject
    CloudEventReader reader;

    @Inject
    SlaBreaches breaches;

    /** An escalation this test published, at level 1 of a department under a fresh root. */
    record Escalated(String id, String decisionId, String deciding, String target) {

        static Escalated to(String target, Instant dueAt) {
            Escalated e = new Escalated(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    uniqueId("payments"), target);
            e.publish(Escalations.escalated(e.id, e.decisionId, e.deciding, 1, target, dueAt));
            return e;
        }

        void publish(ObjectNode event) {
            Escalations.publish(event, decisionId);
        }

        ObjectNode voted(String file) {
            return Escalations.voted(file, id, decisionId, deciding, 1, target);
        }

        ObjectNode withdrawn(String file) {
            return Escalations.withdrawn(file, id, decisionId, deciding, 1, target);
        }
    }

    @Test
    void shouldShowEachVoteInTheTrailAndLeaveTheDeadlineToTheAcknowledgementAndResolution() {
        String erin = uniqueId("erin");
        String dana = uniqueId("dana");
        String dept = team(uniqueId("dept"), root(uniqueId("root")).publish()).lead(erin).lead(dana).publish();
        Escalated escalation = Escalated.to(dept, Instant.now().plus(Duration.ofHours(1)));
        Instant acknowledgedDue = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MICROS);

        // A first vote that leaves the escalation open acknowledges it: the acknowledgement comes first.
        escalation.publish(Escalations.acknowledged(escalation.id(), escalation.decisionId(), escalation.deciding(), 1,
                dept, erin, acknowledgedDue));
        ObjectNode first = Escalations.by(escalation.voted(FIRST_VOTE), erin);
        escalation.publish(first);

        await().atMost(WAIT).untilAsserted(() -> trail(escalation.id()).then()
                .body("escalation.votes", hasSize(1)));
        trail(escalation.id()).then()
                .body("escalation.status", equalTo("ACKNOWLEDGED"))
                .body("escalation.approvals", equalTo(1))
                .body("escalation.approvalsRequired", equalTo(2))
                .body("escalation.votes[0].by", equalTo(erin))
                .body("escalation.votes[0].outcome", equalTo("APPROVED"))
                .body("escalation.votes[0].comment", equalTo(first.at("/data/vote/comment").asText()))
                .body("escalation.votes[0].basis", equalTo("lead of acme"))
                .body("escalation.votes[0].carried", equalTo(false))
                .body("escalation.votes[0].level", equalTo(1))
                .body("escalation.votes[0]", not(hasKey("onBehalfOf")))
                .body("timeline.what", hasItem("VOTED"));
        assertThat(timer(escalation.id()).dueAt).as("the vote leaves the acknowledged deadline")
                .isEqualTo(acknowledgedDue);
        assertThat(timer(escalation.id()).state).isEqualTo(TimerState.ARMED);

        ObjectNode completing = escalation.voted(COMPLETING_VOTE);
        String delegate = completing.at("/data/vote/by").asText();
        escalation.publish(completing);
        escalation.publish(Escalations.onBehalfOf(Escalations.resolved(escalation.id(), escalation.decisionId(),
                escalation.deciding(), 1, dept, "APPROVED", delegate), "dana"));

        await().atMost(WAIT).untilAsserted(() -> trail(escalation.id()).then()
                .body("escalation.status", equalTo("APPROVED")));
        trail(escalation.id()).then()
                .body("escalation.votes.by", contains(erin, delegate))
                .body("escalation.votes[1].onBehalfOf", equalTo("dana"))
                .body("escalation.votes[1].basis", containsString("delegate of dana"))
                .body("escalation.votes[1].approvals", equalTo(2))
                .body("escalation.votes[1].status", equalTo("APPROVED"))
                .body("escalation.approvals", equalTo(2))
                .body("timeline.findAll { it.what == 'VOTED' }.detail", hasItem(containsString(
                        "vote APPROVED by " + delegate + " on behalf of dana")));
        assertThat(timer(escalation.id()).state).isEqualTo(TimerState.STOPPED);
        String csv = as("gail", "governance").accept("text/csv").queryParam("teamId", escalation.deciding())
                .get("/audit/escalations").then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList().get(0)).endsWith(
                ",approvals,approvalsRequired,votes,withdrawnAt,withdrawnBy,withdrawnOnBehalfOf,withdrawalReason,"
                        + "supersededBy,decisionStatus");
        assertThat(csv).contains("2,2,\"" + erin + " APPROVED; " + delegate + " on behalf of dana APPROVED\"");
    }

    @Test
    void shouldEndAWithdrawnEscalationStopItsDeadlineAndTellEachRecipientOnce() {
        String lena = uniqueId("lena");
        String lars = uniqueId("lars");
        String dev = uniqueId("dev");
        String hook = "http://127.0.0.1:9/" + uniqueId("hook");
        Instant now = Instant.now();
        String dept = team(uniqueId("dept"), root(uniqueId("root")).publish()).lead(lena).lead(lars).webhook(hook)
                .delegation(lena, dev, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1))).publish();
        // Due soon, so that a deadline left armed would breach within the test.
        Escalated escalation = Escalated.to(dept, Instant.now().plusSeconds(4));
        await().atMost(WAIT).untilAsserted(() -> as(lena).queryParam("escalationId", escalation.id())
                .get("/notifications").then().body("items", hasSize(1)));

        ObjectNode withdrawn = escalation.withdrawn("escalation-withdrawn.json");
        String reason = withdrawn.at("/data/reason").asText();
        escalation.publish(withdrawn);
        // The same withdrawal again, as a replay under a new event id: nobody hears of it twice.
        escalation.publish(withdrawn.deepCopy().put("id", UUID.randomUUID().toString()));

        await().atMost(WAIT).untilAsserted(() -> trail(escalation.id()).then()
                .body("escalation.status", equalTo("WITHDRAWN")));
        trail(escalation.id()).then()
                .body("escalation.withdrawnBy", equalTo("bob"))
                .body("escalation.withdrawalReason", equalTo(reason))
                .body("escalation.supersededBy", nullValue())
                .body("escalation.overdue", equalTo(false))
                .body("timeline.what", hasItem("WITHDRAWN"));
        for (String lead : List.of(lena, lars)) {
            await().atMost(WAIT).untilAsserted(() -> as(lead).queryParam("escalationId", escalation.id())
                    .get("/notifications").then().body("items.kind", containsInAnyOrder("ESCALATED", "WITHDRAWN")));
            as(lead).queryParam("escalationId", escalation.id()).get("/notifications").then()
                    .body("items[0].kind", equalTo("WITHDRAWN"))
                    .body("items[0].status", equalTo("UNREAD"))
                    .body("items[0].withdrawalReason", equalTo(reason))
                    .body("items[0].supersededBy", nullValue());
        }
        await().atMost(WAIT).untilAsserted(() -> as(dev).queryParam("escalationId", escalation.id())
                .get("/notifications").then().body("items.kind", containsInAnyOrder("ESCALATED", "WITHDRAWN"))
                .body("items.onBehalfOf", contains(lena, lena)));
        List<Notification> hooks = notices(escalation.id(), NotificationKind.WITHDRAWN).stream()
                .filter(n -> n.recipient.equals(hook)).toList();
        assertThat(hooks).hasSize(1);
        assertThat(hooks.get(0).payload).as("the webhook receives the withdrawn event").contains(
                "remit.escalation.withdrawn.v1");
        assertThat(timer(escalation.id()).state).isEqualTo(TimerState.STOPPED);
        await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                trail(escalation.id()).then().body("escalation.breaches", hasSize(0)));
        assertThat(notices(escalation.id(), NotificationKind.WITHDRAWN)).as("three inboxes and one webhook").hasSize(4);
    }

    @Test
    void shouldNameTheSuccessorOfASupersededDecisionAndKeepItsStatusChanges() {
        String lead = uniqueId("lena");
        String dept = team(uniqueId("dept"), root(uniqueId("root")).publish()).lead(lead).publish();
        Escalated escalation = Escalated.to(dept, Instant.now().plus(Duration.ofHours(1)));
        await().atMost(WAIT).untilAsserted(() -> as(lead).queryParam("escalationId", escalation.id())
                .get("/notifications").then().body("items", hasSize(1)));

        ObjectNode withdrawn = escalation.withdrawn("escalation-withdrawn-superseded.json");
        String successor = withdrawn.at("/data/supersededBy").asText();
        escalation.publish(Escalations.statusChanged("decision-status-changed-superseded.json",
                escalation.decisionId(), escalation.deciding(), escalation.id()));
        escalation.publish(withdrawn);

        await().atMost(WAIT).untilAsserted(() -> trail(escalation.id()).then()
                .body("escalation.status", equalTo("WITHDRAWN")));
        trail(escalation.id()).then()
                .body("escalation.supersededBy", equalTo(successor))
                .body("escalation.decisionStatus", equalTo("SUPERSEDED"))
                .body("timeline.findAll { it.what == 'DECISION_STATUS_CHANGED' }.detail", contains(
                        containsString("IN_EFFECT -> SUPERSEDED by bob")))
                .body("timeline.findAll { it.what == 'WITHDRAWN' }.detail", contains(
                        containsString("successor decision " + successor)));
        await().atMost(WAIT).untilAsserted(() -> as(lead).queryParam("escalationId", escalation.id())
                .get("/notifications").then().body("items[0].kind", equalTo("WITHDRAWN"))
                .body("items[0].supersededBy", equalTo(successor))
                .body("items[0].withdrawalReason", equalTo("superseded by " + successor)));
    }

    @Test
    void shouldIgnoreTheStatusChangeOfADecisionThatNeverEscalated() {
        String decision = UUID.randomUUID().toString();
        String deciding = uniqueId("payments");
        Escalations.publish(Escalations.statusChanged("decision-status-changed.json", decision, deciding, null),
                decision);
        // Behind it on the same key: once this is recorded, the status change before it has been consumed.
        String lead = uniqueId("lena");
        String dept = team(uniqueId("dept"), root(uniqueId("root")).publish()).lead(lead).publish();
        String escalation = UUID.randomUUID().toString();
        Escalations.publish(Escalations.escalated(escalation, UUID.randomUUID().toString(), deciding, 1, dept,
                Instant.now().plus(Duration.ofHours(1))), decision);

        await().atMost(WAIT).untilAsserted(() -> trail(escalation).then().statusCode(200));
        trail(escalation).then().body("escalation.decisionStatus", nullValue())
                .body("timeline.what", not(hasItem("DECISION_STATUS_CHANGED")));
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select count(c) from DecisionStatusChange c where c.decisionId = :d", Long.class)
                .setParameter("d", decision).getSingleResult())).isZero();
    }

    @Test
    void shouldApplyVotesAndAWithdrawalAfterTheLevelTheyFollowedThatWaitedForItsTeam() {
        String root = root(uniqueId("root")).publish();
        String late = uniqueId("late");
        String lateLead = uniqueId("lena");
        Escalated escalation = Escalated.to(late, Instant.now().plusSeconds(5));
        escalation.publish(escalation.voted(FIRST_VOTE));
        escalation.publish(escalation.withdrawn("escalation-withdrawn.json"));
        escalation.publish(Escalations.statusChanged("decision-status-changed.json", escalation.decisionId(),
                escalation.deciding(), escalation.id()));
        // A marker behind them on the same partition: once it is handled they are parked, and the team may arrive.
        String markerLead = uniqueId("dana");
        String dept = team(uniqueId("dept"), root).lead(markerLead).publish();
        String marker = UUID.randomUUID().toString();
        escalation.publish(Escalations.escalated(marker, escalation.decisionId(), escalation.deciding(), 1, dept,
                Instant.now().plus(Duration.ofHours(1))));
        await().atMost(WAIT).untilAsserted(() -> as(markerLead).get("/notifications").then()
                .body("items.escalationId", hasItem(marker)));
        team(late, root).lead(lateLead).publish();

        await().atMost(WAIT).untilAsserted(() -> trail(escalation.id()).then().statusCode(200)
                .body("escalation.status", equalTo("WITHDRAWN"))
                .body("escalation.decisionStatus", equalTo("WITHDRAWN")));
        trail(escalation.id()).then().body("escalation.votes", hasSize(1));
        await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            trail(escalation.id()).then().body("escalation.breaches", hasSize(0));
            as(lateLead).get("/notifications").then().statusCode(200).body("items", hasSize(0));
        });
    }

    @Test
    void shouldDeadLetterAVoteOutsideTheSchemaAndLeaveTheTrailAsItWas() {
        String lead = uniqueId("lena");
        String dept = team(uniqueId("dept"), root(uniqueId("root")).publish()).lead(lead).publish();
        Escalated escalation = Escalated.to(dept, Instant.now().plus(Duration.ofHours(1)));
        await().atMost(WAIT).untilAsserted(() -> trail(escalation.id()).then().statusCode(200));
        ObjectNode abstained = escalation.voted(FIRST_VOTE);
        ((ObjectNode) abstained.get("data").get("vote")).put("outcome", "ABSTAINED");

        escalation.publish(abstained);

        assertThat(deadLetteredUntil(DecisionEventsConsumer.CHANNEL, escalation.decisionId(), abstained.toString()))
                .extracting(ConsumerRecord::value).containsExactly(abstained.toString());
        trail(escalation.id()).then().body("escalation.votes", hasSize(0))
                .body("escalation.status", equalTo("OPEN"))
                .body("escalation", not(hasKey("approvals")));
    }

    /** The scheduler found the deadline due just before the withdrawal took effect: it must not fire after it. */
    @Test
    void shouldNotBreachADeadlineThatWasDueWhenTheWithdrawalArrived() {
        String dept = team(uniqueId("dept"), root(uniqueId("root")).publish()).lead(uniqueId("lena")).publish();
        Escalated escalation = Escalated.to(dept, Instant.now().plus(Duration.ofHours(1)));
        await().atMost(WAIT).until(() -> timer(escalation.id()) != null);
        String withdrawn = escalation.withdrawn("escalation-withdrawn.json").toString();

        SlaTimer due = QuarkusTransaction.requiringNew().call(() -> {
            SlaTimer timer = entityManager.find(SlaTimer.class, escalation.id());
            timer.dueAt = Instant.now().minusSeconds(1);
            entityManager.flush();
            // As the consumer hands it over, in the transaction that made the deadline due.
            tracker.apply(reader.read(withdrawn), withdrawn);
            return copyOf(timer);
        });

        assertThat(QuarkusTransaction.requiringNew().call(() -> breaches.fire(due))).isFalse();
        assertThat(timer(escalation.id()).state).isEqualTo(TimerState.STOPPED);
        assertThat(TopicReader.readUntil(KafkaBrokerResource.broker().bootstrapServers(), Fixtures.NOTIFICATION_TOPIC,
                read -> read.stream().anyMatch(r -> escalation.id().equals(r.key())), Duration.ofSeconds(3))
                .stream().filter(r -> escalation.id().equals(r.key())).toList()).isEmpty();
        trail(escalation.id()).then().body("escalation.status", equalTo("WITHDRAWN"));
    }

    private static SlaTimer copyOf(SlaTimer timer) {
        SlaTimer copy = new SlaTimer();
        copy.escalationId = timer.escalationId;
        copy.level = timer.level;
        copy.targetTeamId = timer.targetTeamId;
        copy.dueAt = Instant.now().minusSeconds(1);
        copy.state = TimerState.ARMED;
        return copy;
    }

    private static Response trail(String escalationId) {
        return as("gail", "governance").get("/audit/escalations/{id}", escalationId);
    }

    private SlaTimer timer(String escalationId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.find(SlaTimer.class, escalationId));
    }

    private List<Notification> notices(String escalationId, NotificationKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "from Notification n where n.escalationId = :id and n.kind = :kind", Notification.class)
                .setParameter("id", escalationId).setParameter("kind", kind).getResultList());
    }
}
