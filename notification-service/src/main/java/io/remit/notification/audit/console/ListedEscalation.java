package io.remit.notification.audit.console;

import io.remit.notification.audit.service.AuditRow;
import io.remit.notification.escalation.domain.EscalationRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * One row of the escalations list, as the page shows it.
 *
 * @param budget      amount and currency, or null when the decision spends nothing
 * @param statusBadge the CSS class of the status's badge
 */
public record ListedEscalation(String id, Instant openedAt, String teamId, String category, String title,
        String budget, String decidedBy, int level, String targetTeamId, String status, String statusBadge,
        boolean overdue, boolean breached, boolean reachedRoot, Instant dueAt) {

    static ListedEscalation of(AuditRow row, Instant now) {
        EscalationRecord r = row.record();
        return new ListedEscalation(r.id, r.openedAt, r.teamId, r.category, r.title,
                r.budgetAmount == null ? null : amount(r.budgetAmount) + " " + r.budgetCurrency, r.decidedBy, r.level,
                r.targetTeamId, r.status.name(), "badge-" + r.status.name().toLowerCase(Locale.ROOT),
                row.overdue(now), row.breached(), row.reachedRoot(), r.dueAt);
    }

    /** The deciding team's page on team-service, as a path for {@code console.teams}. */
    public String teamPath() {
        return "/console/teams/" + teamId;
    }

    /** The target team's page on team-service, as a path for {@code console.teams}. */
    public String targetTeamPath() {
        return "/console/teams/" + targetTeamId;
    }

    /** An amount as written, without the storage's trailing zeros: 50000, 1250.5. */
    static String amount(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }
}
