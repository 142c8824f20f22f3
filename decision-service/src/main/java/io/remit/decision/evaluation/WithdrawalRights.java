package io.remit.decision.evaluation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may withdraw a decision (DESIGN "Authority over time" 3): the person who decided, who recorded it, a lead of the
 * deciding team or an active delegate of one for the decision's category, and governance. The {@code auditor} role
 * grants nothing.
 */
public final class WithdrawalRights {

    private WithdrawalRights() {
    }

    /** In what right someone withdraws. */
    public enum Basis { DECIDER, RECORDER, LEAD, DELEGATE, GOVERNANCE }

    /** The decision's facts the rule needs; {@code decidingTeam} holds its leads and their delegations at t. */
    public record Withdrawal(Eligibility.Actor actor, String decidedBy, String recordedBy,
                             Eligibility.Authority decidingTeam, String category, Instant at) {
        public Withdrawal {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(decidingTeam, "decidingTeam");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Allowed, with the basis; for a delegate, the lead stood in for. */
    public record Allowed(Basis basis, String teamId, String onBehalfOf, String delegationId) {

        /** The basis as one line for the log, in the words escalation acts use. */
        public String describe() {
            return switch (basis) {
                case DECIDER -> "made the decision";
                case RECORDER -> "recorded the decision";
                case LEAD -> "lead of " + teamId;
                case GOVERNANCE -> "governance";
                case DELEGATE -> Eligibility.delegateBasis(onBehalfOf, teamId, delegationId);
            };
        }
    }

    /** Own right first (decider, recorder, lead), then governance, then a delegation; empty when none applies. */
    public static Optional<Allowed> judge(Withdrawal w) {
        String user = w.actor().userId();
        String team = w.decidingTeam().teamId();
        if (user.equals(w.decidedBy())) {
            return Optional.of(new Allowed(Basis.DECIDER, team, null, null));
        }
        if (user.equals(w.recordedBy())) {
            return Optional.of(new Allowed(Basis.RECORDER, team, null, null));
        }
        if (w.decidingTeam().leads().contains(user)) {
            return Optional.of(new Allowed(Basis.LEAD, team, null, null));
        }
        Set<String> roles = w.actor().roles();
        if (roles.contains(Eligibility.GOVERNANCE)) {
            return Optional.of(new Allowed(Basis.GOVERNANCE, null, null, null));
        }
        return Eligibility.activeDelegation(w.decidingTeam(), user, w.category(), w.at())
                .map(d -> new Allowed(Basis.DELEGATE, team, d.delegator(), d.id()));
    }
}
