package io.remit.notification.notification.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remit.notification.notification.domain.Notification;
import io.remit.notification.notification.domain.NotificationKind;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes the plain-text email about an escalation: the decision, who decided it, why it left the team's remit, the
 * level, who is told (and whether as a fallback) and the deadline in UTC. The decision's other details come from the
 * CloudEvent the notification carries, when it has them.
 */
public final class EmailComposer {

    /** The deadline as people read it, always in UTC. */
    public static final DateTimeFormatter DEADLINE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Email(String to, String subject, String text) {
    }

    /** Names of the teams involved, as far as the replica knows them. */
    public record TeamNames(String decidingTeam, String notifiedTeam) {
    }

    private EmailComposer() {
    }

    public static Email compose(Notification n, TeamNames names) {
        return new Email(n.recipient, subject(n), body(n, names));
    }

    static String subject(Notification n) {
        String prefix = n.kind == NotificationKind.REMINDER
                ? "[Remit] Reminder, escalation level " + n.level + " is overdue: "
                : "[Remit] Escalation level " + n.level + ": ";
        return prefix + oneLine(n.title);
    }

    static String body(Notification n, TeamNames names) {
        JsonNode data = eventData(n.payload);
        JsonNode decision = data.path("decision");
        StringBuilder text = new StringBuilder();
        text.append(n.kind == NotificationKind.REMINDER
                ? "A reminder: this escalation is past its deadline and still waits for an answer.\n\n"
                : "A decision fell outside its team's remit and was escalated to you.\n\n");
        line(text, "Decision", n.title);
        line(text, "Decided by team", team(n.decidingTeamId, names == null ? null : names.decidingTeam()));
        line(text, "Decided by", join(decision.path("decidedBy").asText(null), "on",
                decision.path("decidedAt").asText(null)));
        line(text, "Category", decision.path("category").asText(null));
        JsonNode budget = decision.path("budget");
        if (budget.isObject()) {
            line(text, "Budget", budget.path("amount").asText() + " " + budget.path("currency").asText());
        }
        line(text, "Risk", decision.path("risk").asText(null));
        line(text, "Scope", decision.path("scope").asText(null));
        if (decision.path("reversible").isBoolean()) {
            line(text, "Reversible", decision.path("reversible").asBoolean() ? "yes" : "no");
        }
        text.append("\nWhy it was escalated:\n");
        for (String reason : n.reasons()) {
            text.append("  - ").append(oneLine(reason)).append('\n');
        }
        text.append('\n');
        line(text, "Escalation level", Integer.toString(n.level));
        String notified = team(n.teamId, names == null ? null : names.notifiedTeam());
        if (n.fallback) {
            String target = data.path("escalation").path("targetTeamId").asText(null);
            line(text, "Sent to", notified + ", as a fallback: the escalation's target"
                    + (target == null ? "" : " (" + target + ")")
                    + " has no lead and no contact channel, so its nearest ancestor that has one is told");
        } else {
            line(text, "Sent to", notified);
        }
        line(text, "Deadline", DEADLINE.format(n.dueAt.truncatedTo(ChronoUnit.SECONDS)));
        text.append("\nPlease acknowledge or resolve it in Remit before the deadline.\n\n");
        line(text, "Escalation id", n.escalationId);
        line(text, "Decision id", n.decisionId);
        return text.toString();
    }

    private static JsonNode eventData(String payload) {
        try {
            return JSON.readTree(payload).path("data");
        } catch (Exception e) {
            return JSON.missingNode();
        }
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append(label).append(": ").append(oneLine(value)).append('\n');
        }
    }

    private static String team(String id, String name) {
        return name == null || name.isBlank() || name.equals(id) ? id : name + " (" + id + ")";
    }

    private static String join(String first, String word, String second) {
        if (first == null) {
            return null;
        }
        return second == null ? first : first + " " + word + " " + second;
    }

    /** Values go on one line each: line breaks and other control characters become spaces. */
    private static String oneLine(String value) {
        return value.replaceAll("\\p{Cntrl}+", " ").strip();
    }
}
