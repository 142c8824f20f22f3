package io.remit.notification.audit.service;

import io.remit.notification.escalation.domain.EscalationStatus;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The JPQL conditions of an audit filter on escalation records aliased {@code r}, with their parameters, written
 * once for the list and for its count and sums.
 *
 * <p>Each condition is shaped for an index (V2, V10): equality on a column that leads an index ending in the id, so
 * that a page reads the index backwards from the keyset; a team, an approver and "reached the root" as
 * {@code r.id in (...)} over the rows of the few escalations concerned, found by their own indexes, rather than an
 * {@code or} that only a scan of every record can answer. The flags with few distinct values (irreversible, by a
 * delegate, breached) are left to the keyset scan, where they cost a look-up per row read.
 */
final class AuditCriteria {

    private static final Set<EscalationStatus> UNENDED = Set.of(EscalationStatus.OPEN, EscalationStatus.ACKNOWLEDGED);

    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Map<String, Object> parameters = new HashMap<>();

    private AuditCriteria() {
    }

    /**
     * The conditions of a filter. {@code teamIds} are the teams its team scope stands for (the team, or the team and
     * every team below it), resolved by the caller from the replica; ignored when the filter names no team.
     */
    static AuditCriteria of(AuditFilter filter, Set<String> teamIds) {
        AuditCriteria criteria = new AuditCriteria();
        criteria.period(filter);
        if (filter.team() != null) {
            // As the API's teamId: the deciding team, or a team the escalation was routed to at any level.
            criteria.and("r.id in (select x.id from EscalationRecord x where x.teamId in :teams"
                    + " union select route.escalationId from EscalationRoute route where route.targetTeamId in :teams)",
                    "teams", teamIds);
        }
        criteria.andEqual("r.category", "category", filter.category());
        if (!filter.statuses().isEmpty()) {
            criteria.and("r.status in :statuses", "statuses", filter.statuses());
        }
        criteria.overdue(filter);
        if (Boolean.TRUE.equals(filter.breached())) {
            criteria.and("exists (select 1 from EscalationBreach b where b.escalationId = r.id)");
        } else if (Boolean.FALSE.equals(filter.breached())) {
            criteria.and("not exists (select 1 from EscalationBreach b where b.escalationId = r.id)");
        }
        criteria.reachedRoot(filter.reachedRoot());
        criteria.andEqual("r.decidedBy", "decidedBy", filter.decidedBy());
        criteria.approver(filter.approver());
        criteria.byDelegate(filter.byDelegate());
        criteria.budget(filter.budget());
        if (filter.irreversible() != null) {
            criteria.and("r.reversible = :reversible", "reversible", !filter.irreversible());
        }
        return criteria;
    }

    /** The conditions, to follow {@code where}. */
    String where() {
        return where.toString();
    }

    /** The conditions with the keyset of a page: only records older (smaller id) than {@code after}. */
    AuditCriteria after(String after) {
        if (after != null) {
            and("r.id < :after", "after", after);
        }
        return this;
    }

    void bind(Query query) {
        parameters.forEach(query::setParameter);
    }

    private void period(AuditFilter filter) {
        if (filter.from() != null) {
            and("r.openedAt >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            and("r.openedAt < :to", "to", filter.to());
        }
    }

    /**
     * Overdue: neither resolved nor withdrawn, and past its deadline. Such a record's status is OPEN or ACKNOWLEDGED
     * (nothing else leaves it unended), which says the same once more in a form the status index can answer.
     */
    private void overdue(AuditFilter filter) {
        if (Boolean.TRUE.equals(filter.overdue())) {
            and("r.status in :unended and r.resolvedAt is null and r.withdrawnAt is null and r.dueAt < :now",
                    "unended", UNENDED);
            parameters.put("now", filter.now());
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            and("(r.resolvedAt is not null or r.withdrawnAt is not null or r.dueAt >= :now)", "now", filter.now());
        }
    }

    /** Routed, at some level, to a team without a parent in the replica's tree (as the tree stands now). */
    private void reachedRoot(Boolean reachedRoot) {
        if (reachedRoot == null) {
            return;
        }
        and("r.id " + (reachedRoot ? "in" : "not in") + " (select route.escalationId from EscalationRoute route,"
                + " ReplicaTeam t where t.id = route.targetTeamId and t.parentId is null)");
    }

    /** Someone who voted APPROVED, or whose resolution approved it (a resolution that rejects approves nothing). */
    private void approver(String approver) {
        if (approver != null) {
            and("r.id in (select v.escalationId from EscalationVote v where v.votedBy = :approver"
                    + " and v.outcome = 'APPROVED' union select x.id from EscalationRecord x"
                    + " where x.resolvedBy = :approver and x.outcome = 'APPROVED')", "approver", approver);
        }
    }

    /** An act by a delegate on behalf of someone: an acknowledgement, a vote, the resolution or the withdrawal. */
    private void byDelegate(Boolean byDelegate) {
        if (byDelegate == null) {
            return;
        }
        and((byDelegate ? "" : "not ") + "(r.acknowledgedOnBehalfOf is not null or r.resolvedOnBehalfOf is not null"
                + " or r.withdrawnOnBehalfOf is not null or exists (select 1 from EscalationVote v"
                + " where v.escalationId = r.id and v.onBehalfOf is not null))");
    }

    private void budget(AuditFilter.BudgetBand band) {
        if (band == null) {
            return;
        }
        if (band.min() != null) {
            and("r.budgetAmount >= :minAmount", "minAmount", band.min());
        }
        if (band.max() != null) {
            and("r.budgetAmount <= :maxAmount", "maxAmount", band.max());
        }
        andEqual("r.budgetCurrency", "currency", band.currency());
    }

    private void andEqual(String path, String name, Object value) {
        if (value != null) {
            and(path + " = :" + name, name, value);
        }
    }

    private void and(String condition, String name, Object value) {
        and(condition);
        parameters.put(name, value);
    }

    private void and(String condition) {
        where.append(" and ").append(condition);
    }
}
