package io.remit.notification.audit.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * The population an audit filter matches, on every page together: how many escalations, and their budgets summed per
 * currency (amounts in different currencies are never added up).
 *
 * @param count  every matching escalation, with or without a budget
 * @param totals one per currency that a matching budget is in, by currency code
 */
public record AuditSummary(long count, List<CurrencyTotal> totals) {

    /** The sum of the budgets in one currency, and how many escalations it adds up. */
    public record CurrencyTotal(String currency, long count, BigDecimal sum) {
    }

    /** The summary of the aggregate's groups, one per currency and one for escalations without a budget. */
    static AuditSummary of(List<CurrencyTotal> groups) {
        long count = groups.stream().mapToLong(CurrencyTotal::count).sum();
        return new AuditSummary(count, groups.stream().filter(group -> group.currency() != null).toList());
    }
}
