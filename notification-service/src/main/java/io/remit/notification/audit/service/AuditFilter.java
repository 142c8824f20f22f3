package io.remit.notification.audit.service;

import io.remit.notification.escalation.domain.EscalationStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * What an audit list asks for; a null field, or an empty set, matches anything. The API sets a few of these, the
 * console all of them: both read through the same query, so a filter means the same thing wherever it is used.
 *
 * @param from        escalations opened at or after this time
 * @param to          escalations opened before this time
 * @param team        the deciding team, or any team the escalation was routed to, optionally with every team below
 * @param category    the decision's category
 * @param statuses    the escalation's status is one of these
 * @param overdue     true: unresolved and past its deadline; false: resolved or still within it
 * @param breached    true: at least one deadline passed unanswered
 * @param reachedRoot true: routed, at some level, to a team that is a root of the replica's tree
 * @param decidedBy   who decided
 * @param approver    who voted APPROVED on it, or resolved it APPROVED
 * @param byDelegate  true: a delegate acknowledged, voted, resolved or withdrew it on behalf of someone
 * @param budget      the decision's budget lies in this band
 * @param irreversible true: only irreversible decisions; false: only reversible ones
 * @param after       the keyset: only escalations with a smaller (older) id
 * @param now         the moment "overdue" is judged at, the same for the filter and the rows shown
 */
public record AuditFilter(Instant from, Instant to, TeamScope team, String category, Set<EscalationStatus> statuses,
        Boolean overdue, Boolean breached, Boolean reachedRoot, String decidedBy, String approver, Boolean byDelegate,
        BudgetBand budget, Boolean irreversible, String after, Instant now) {

    public AuditFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** A filter that matches every escalation, judging "overdue" at {@code now}; narrow it with the builder. */
    public static Builder at(Instant now) {
        return new Builder(now);
    }

    /** The same filter on the first page: the population a count or a sum is about. */
    public AuditFilter withoutKeyset() {
        return new AuditFilter(from, to, team, category, statuses, overdue, breached, reachedRoot, decidedBy, approver,
                byDelegate, budget, irreversible, null, now);
    }

    /**
     * A team to match: an escalation matches when its deciding team, or any team it was routed to at any level, is
     * that team (or, with {@code subtree}, that team or any team below it in the replica's tree).
     */
    public record TeamScope(String teamId, boolean subtree) {
    }

    /**
     * A band of budgets, bounds inclusive; a null bound is open. A band without currency matches a budget in any
     * currency; a decision that spends nothing lies in no band.
     */
    public record BudgetBand(BigDecimal min, BigDecimal max, String currency) {
    }

    /** Builds a filter one criterion at a time; a null argument leaves the criterion out. */
    public static final class Builder {

        private final Instant now;
        private Instant from;
        private Instant to;
        private TeamScope team;
        private String category;
        private Set<EscalationStatus> statuses = Set.of();
        private Boolean overdue;
        private Boolean breached;
        private Boolean reachedRoot;
        private String decidedBy;
        private String approver;
        private Boolean byDelegate;
        private BudgetBand budget;
        private Boolean irreversible;
        private String after;

        private Builder(Instant now) {
            this.now = now;
        }

        public Builder openedBetween(Instant from, Instant to) {
            this.from = from;
            this.to = to;
            return this;
        }

        public Builder team(String teamId, boolean subtree) {
            this.team = teamId == null ? null : new TeamScope(teamId, subtree);
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder statuses(Set<EscalationStatus> statuses) {
            this.statuses = statuses;
            return this;
        }

        public Builder overdue(Boolean overdue) {
            this.overdue = overdue;
            return this;
        }

        public Builder breached(Boolean breached) {
            this.breached = breached;
            return this;
        }

        public Builder reachedRoot(Boolean reachedRoot) {
            this.reachedRoot = reachedRoot;
            return this;
        }

        public Builder decidedBy(String decidedBy) {
            this.decidedBy = decidedBy;
            return this;
        }

        public Builder approver(String approver) {
            this.approver = approver;
            return this;
        }

        public Builder byDelegate(Boolean byDelegate) {
            this.byDelegate = byDelegate;
            return this;
        }

        public Builder budget(BudgetBand budget) {
            this.budget = budget;
            return this;
        }

        public Builder irreversible(Boolean irreversible) {
            this.irreversible = irreversible;
            return this;
        }

        public Builder after(String after) {
            this.after = after;
            return this;
        }

        public AuditFilter build() {
            return new AuditFilter(from, to, team, category, statuses, overdue, breached, reachedRoot, decidedBy,
                    approver, byDelegate, budget, irreversible, after, now);
        }
    }
}
