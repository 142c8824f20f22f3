package io.remit.notification.audit.console;

import io.remit.notification.audit.service.AuditSummary;
import java.util.List;

/**
 * The figures above the list: how many escalations the filters match on all pages, and their budgets per currency.
 *
 * @param count  every matching escalation, with or without a budget
 * @param totals one per currency, by currency code
 */
public record ListFigures(long count, List<CurrencyFigure> totals) {

    /** The budgets of the matching escalations in one currency, added up, and how many they are. */
    public record CurrencyFigure(String currency, String sum, long count) {
    }

    static ListFigures of(AuditSummary summary) {
        return new ListFigures(summary.count(), summary.totals().stream()
                .map(total -> new CurrencyFigure(total.currency(), ListedEscalation.amount(total.sum()),
                        total.count()))
                .toList());
    }
}
