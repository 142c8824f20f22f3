package io.remit.deploy.drills;

import static io.remit.deploy.e2e.RemitSuite.DECISION;
import static io.remit.deploy.e2e.RemitSuite.NOTIFICATION;

import io.remit.deploy.e2e.ChildProcess;
import io.remit.deploy.e2e.RemitSuite;
import io.remit.deploy.e2e.WebhookReceiver;
import io.remit.platform.testing.DevTokens;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counts, after a drill, everything that must have happened exactly once: every accepted decision stored and chained,
 * every event of the outbox published (duplicates on the topic are counted, and are harmless as long as the consumers'
 * effects are not duplicated), every escalation's notifications created once and its webhook delivered under one
 * delivery id. Counted from the services' databases, the topic and the webhook receiver — all of them, not a sample.
 */
final class DrillAccount {

    /** One thing counted: what the drill's own bookkeeping expects and what was found. */
    record Check(String what, long expected, long counted) {

        boolean holds() {
            return expected == counted;
        }
    }

    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(3);

    private final RemitSuite suite;
    private final DrillOrganisation organisation;
    private final WebhookReceiver webhooks;
    private final DrillHttp http;
    private final DrillDatabase database;
    private final List<DecisionStream.Accepted> accepted;
    private final List<DecisionStream.Accepted> escalated;
    private final long expectedInbox;
    private final long expectedWebhooks;
    private final List<Check> checks = new ArrayList<>();
    private final List<String> findings = new ArrayList<>();

    DrillAccount(RemitSuite suite, DrillOrganisation organisation, WebhookReceiver webhooks, DrillHttp http,
            List<DecisionStream.Accepted> accepted) {
        this.suite = suite;
        this.organisation = organisation;
        this.webhooks = webhooks;
        this.http = http;
        this.database = new DrillDatabase(suite);
        this.accepted = accepted;
        this.escalated = accepted.stream().filter(DecisionStream.Accepted::escalated).toList();
        this.expectedInbox = escalated.stream()
                .mapToLong(a -> organisation.recipients(a.targetTeamId()).leads().size()).sum();
        this.expectedWebhooks = escalated.stream()
                .mapToLong(a -> organisation.recipients(a.targetTeamId()).webhookUrls().size()).sum();
    }

    List<Check> checks() {
        return checks;
    }

    /** What the counts cannot say on their own (which decisions are missing, which ids came twice). */
    List<String> findings() {
        return findings;
    }

    boolean allHold() {
        return checks.stream().allMatch(Check::holds);
    }

    /**
     * Waits until the suite has caught up (outbox published, notifications created and webhooks delivered, or the
     * settle timeout passed), then a little longer for anything late, then counts. Returns the seconds it waited.
     */
    double settleThenCount() throws SQLException {
        long started = System.nanoTime();
        long deadline = started + SETTLE_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && !caughtUp()) {
            ChildProcess.sleep(500);
        }
        double waited = (System.nanoTime() - started) / 1e9;
        ChildProcess.sleep(5000); // a duplicate would come now, if at all
        countDecisions();
        countEvents();
        countNotifications();
        countWebhookCalls();
        countChains();
        return waited;
    }

    private boolean caughtUp() throws SQLException {
        return database.unpublishedDecisionEvents() == 0
                && database.scalar(NOTIFICATION, "select count(*) from remit_notification.notification")
                        >= expectedInbox + expectedWebhooks
                && deliveryIds().size() >= expectedWebhooks;
    }

    private void countDecisions() throws SQLException {
        String source = "drill-" + organisation.run;
        Set<String> stored = database.strings(DECISION, "select id from remit_decision.decision where source = ?",
                source);
        Set<String> ids = accepted.stream().map(DecisionStream.Accepted::id).collect(Collectors.toSet());
        check("decisions accepted (201) = distinct decisions", accepted.size(), ids.size());
        check("decisions stored", ids.size(), stored.size());
        check("accepted decisions missing from the store", 0, difference(ids, stored, "accepted but not stored"));
        check("stored decisions nobody was told of", 0, difference(stored, ids, "stored but never acknowledged"));
        check("escalations stored", escalated.size(), database.scalar(DECISION, "select count(*) from "
                + "remit_decision.escalation e join remit_decision.decision d on d.id = e.decision_id "
                + "where d.source = ?", source));
        check("outbox events not yet published", 0, database.unpublishedDecisionEvents());
    }

    private void countEvents() throws SQLException {
        List<TopicContents.Event> events = TopicContents.read(suite.bootstrapServers(), "remit.decision.events.v1");
        Set<String> outbox = database.strings(DECISION, "select event_id from remit_decision.outbox_event");
        Set<String> published = events.stream().map(TopicContents.Event::id).collect(Collectors.toSet());
        check("outbox events of decision-service", outbox.size(), published.size());
        check("outbox events missing from the topic", 0,
                difference(outbox, published, "in the outbox, not on the topic"));
        check("events on the topic that no outbox row wrote", 0, difference(published, outbox, "on the topic only"));
        long records = events.size();
        findings.add("remit.decision.events.v1: " + records + " records, " + published.size() + " distinct event ids, "
                + (records - published.size()) + " published again after an unacknowledged send (consumers skip "
                + "them by id)");
        check("decision.recorded events (distinct) = decisions", accepted.size(),
                distinctOfType(events, "remit.decision.recorded.v1"));
        check("decision.escalated events (distinct) = escalations", escalated.size(),
                distinctOfType(events, "remit.decision.escalated.v1"));
    }

    private void countNotifications() throws SQLException {
        List<List<String>> rows = database.rows(NOTIFICATION,
                "select escalation_id, channel, recipient, status, id from remit_notification.notification");
        Map<String, DecisionStream.Accepted> byEscalation = escalated.stream()
                .collect(Collectors.toMap(DecisionStream.Accepted::escalationId, Function.identity()));
        Map<List<String>, Integer> perRecipient = new HashMap<>();
        long unexpected = 0;
        for (List<String> row : rows) {
            perRecipient.merge(row.subList(0, 3), 1, Integer::sum);
            DecisionStream.Accepted escalation = byEscalation.get(row.get(0));
            if (escalation == null || !expectedRecipient(escalation, row.get(1), row.get(2))) {
                unexpected++;
                findings.add("unexpected notification " + row);
            }
        }
        long duplicates = perRecipient.values().stream().filter(n -> n > 1).count();
        perRecipient.forEach((key, n) -> {
            if (n > 1) {
                findings.add("notification created " + n + " times: " + key);
            }
        });
        check("inbox notifications (one per lead of the target team)", expectedInbox,
                rows.stream().filter(r -> r.get(1).equals("INBOX")).count());
        check("webhook notifications (one per webhook of the target team)", expectedWebhooks,
                rows.stream().filter(r -> r.get(1).equals("WEBHOOK")).count());
        check("notifications for the same escalation, channel and recipient twice", 0, duplicates);
        check("notifications nobody should have received", 0, unexpected);
        check("webhook notifications delivered", expectedWebhooks, rows.stream()
                .filter(r -> r.get(1).equals("WEBHOOK") && r.get(3).equals("DELIVERED")).count());
        check("escalations in the audit view", escalated.size(),
                database.scalar(NOTIFICATION, "select count(*) from remit_notification.escalation_record"));
    }

    private boolean expectedRecipient(DecisionStream.Accepted escalation, String channel, String recipient) {
        DrillOrganisation.Recipients expected = organisation.recipients(escalation.targetTeamId());
        return switch (channel) {
            case "INBOX" -> expected.leads().contains(recipient);
            case "WEBHOOK" -> expected.webhookUrls().contains(recipient);
            default -> false;
        };
    }

    private void countWebhookCalls() throws SQLException {
        List<WebhookReceiver.Call> calls = webhooks.calls();
        Map<String, Long> perDeliveryId = calls.stream().collect(Collectors.groupingBy(
                call -> Objects.requireNonNullElse(call.header("Remit-Delivery-Id"), "(none)"), Collectors.counting()));
        Set<String> webhookNotifications = database.strings(NOTIFICATION,
                "select id from remit_notification.notification where channel = ?", "WEBHOOK");
        check("webhook delivery ids received (distinct) = webhook notifications", webhookNotifications.size(),
                perDeliveryId.size());
        check("delivery ids the receiver got that no notification has", 0,
                difference(perDeliveryId.keySet(), webhookNotifications, "delivery id of no notification"));
        Map<String, Set<String>> idsPerEscalation = new HashMap<>();
        for (WebhookReceiver.Call call : calls) {
            String subject = subjectOf(call.body());
            idsPerEscalation.computeIfAbsent(subject + " " + call.path(), k -> new HashSet<>())
                    .add(call.header("Remit-Delivery-Id"));
        }
        check("escalations whose webhook came under two different delivery ids", 0,
                idsPerEscalation.values().stream().filter(ids -> ids.size() > 1).count());
        long repeated = calls.size() - perDeliveryId.size();
        findings.add("webhook receiver: " + calls.size() + " calls, " + perDeliveryId.size()
                + " distinct delivery ids, " + repeated + " repeated with the same delivery id (a retry the receiver "
                + "recognises, not a new delivery)");
    }

    private void countChains() {
        String governance = DevTokens.token("drill-governance", "governance");
        long valid = 0;
        long entries = 0;
        for (String team : organisation.teams) {
            DrillHttp.Reply verify = http.get(suite.baseUrl(DECISION) + "/teams/" + team + "/decisions/verify",
                    governance);
            if (verify.status() == 200 && verify.body().path("valid").asBoolean()) {
                valid++;
            } else {
                findings.add("chain of " + team + ": " + verify);
            }
            entries += verify.body().path("count").asLong();
        }
        check("teams whose hash chain verifies", organisation.teams.size(), valid);
        // Each decision is one entry; each escalation adds its OPENED step to the deciding team's chain.
        check("chain entries (decisions + escalations opened)", accepted.size() + escalated.size(), entries);
    }

    private void check(String what, long expected, long counted) {
        checks.add(new Check(what, expected, counted));
    }

    private long difference(Set<String> these, Set<String> those, String label) {
        List<String> missing = these.stream().filter(id -> !those.contains(id)).sorted().toList();
        if (!missing.isEmpty()) {
            findings.add(label + " (" + missing.size() + "): " + missing.stream().limit(10).toList());
        }
        return missing.size();
    }

    private static String subjectOf(String cloudEvent) {
        try {
            return DrillHttp.JSON.readTree(cloudEvent).path("subject").asText();
        } catch (java.io.IOException e) {
            return "(not JSON)";
        }
    }

    private static long distinctOfType(List<TopicContents.Event> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).map(TopicContents.Event::id).distinct().count();
    }

    private Set<String> deliveryIds() {
        return webhooks.calls().stream().map(call -> call.header("Remit-Delivery-Id")).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }
}
