package io.remit.decision.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may acknowledge or resolve an escalation at an instant (Escalation lifecycle 5, Authority over time 1): leads
 * of the target team or of any team above it, and governance; an active delegate counts as a lead of the delegator's
 * team for the delegation's categories. Nobody who decided, recorded the decision or belongs to the deciding team
 * may act, and a delegate may not act for a lead who could not (separation of duties). The {@code auditor} role
 * grants nothing.
 */
public final class Eligibility {

    /** The global role that may act on any escalation it is not barred from. */
    public static final String GOVERNANCE = "governance";

    private Eligibility() {
    }

    /** Who acts: the token's subject and global roles. */
    public record Actor(String userId, Set<String> roles) {
        public Actor {
            Objects.requireNonNull(userId, "userId");
            roles = Set.copyOf(roles);
        }
    }

    /** A lead's authority lent in a team; no categories means every category; {@code validUntil} is exclusive. */
    public record Delegation(String id, String delegator, String delegate, Instant validFrom, Instant validUntil,
                             List<String> categories) {
        public Delegation {
            Objects.requireNonNull(id, "id");
            categories = List.copyOf(categories);
        }

        boolean covers(String category) {
            return categories.isEmpty() || categories.contains(category);
        }
    }

    /** A team of the escalation's chain with its leads and its leads' delegations, as the replica holds them at t. */
    public record Authority(String teamId, Set<String> leads, List<Delegation> delegations) {
        public Authority {
            Objects.requireNonNull(teamId, "teamId");
            leads = Set.copyOf(leads);
            delegations = List.copyOf(delegations);
        }
    }

    /** The separation-of-duties facts of the decision: who decided, who recorded it, the deciding team's members. */
    public record Duties(String decidedBy, String recordedBy, String decidingTeamId, Set<String> decidingTeamMembers) {
        public Duties {
            decidingTeamMembers = Set.copyOf(decidingTeamMembers);
        }

        /** Why this person may not act on the escalation, or empty. */
        Optional<String> barring(String userId) {
            if (userId.equals(decidedBy)) {
                return Optional.of("made the decision");
            }
            if (userId.equals(recordedBy)) {
                return Optional.of("recorded the decision");
            }
            if (decidingTeamMembers.contains(userId)) {
                return Optional.of("belongs to the deciding team '" + decidingTeamId + "'");
            }
            return Optional.empty();
        }
    }

    /**
     * One act to judge.
     *
     * @param chainNearestFirst the escalation's current target team, then its ancestors nearest first
     */
    public record Act(Actor actor, List<Authority> chainNearestFirst, String category, Instant at, Duties duties) {
        public Act {
            Objects.requireNonNull(actor, "actor");
            chainNearestFirst = List.copyOf(chainNearestFirst);
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(duties, "duties");
        }
    }

    /** In what right an allowed actor acts. */
    public enum Basis { LEAD, DELEGATE, GOVERNANCE }

    /** Why an act is refused; each keeps the problem type it always had. */
    public enum Refusal { SEPARATION_OF_DUTIES, NO_AUTHORITY }

    /** The answer: allowed with its basis, or refused with the reason and a sentence that explains it. */
    public sealed interface Answer permits Allowed, Refused {
    }

    /**
     * Allowed. For {@link Basis#DELEGATE}, {@code onBehalfOf} is the lead stood in for and {@code delegationId} the
     * delegation; {@code teamId} is the team led (null for governance).
     */
    public record Allowed(Basis basis, String teamId, String onBehalfOf, String delegationId) implements Answer {

        /** The basis as one line for the audit trail, e.g. "delegate of lena in finance through delegation 7f…". */
        public String describe() {
            return switch (basis) {
                case LEAD -> "lead of " + teamId;
                case GOVERNANCE -> "governance";
                case DELEGATE -> delegateBasis(onBehalfOf, teamId, delegationId);
            };
        }
    }

    /** A delegate's basis as one line, in the words every act by a delegate is recorded with. */
    static String delegateBasis(String onBehalfOf, String teamId, String delegationId) {
        return "delegate of " + onBehalfOf + " in " + teamId + " through delegation " + delegationId;
    }

    public record Refused(Refusal reason, String detail) implements Answer {
    }

    /**
     * Judges the act. Own right comes before delegation: a lead acts as lead of the nearest team they lead, then
     * governance acts as governance; otherwise the first delegation that qualifies, nearest team first and then by
     * delegation id, so the answer never depends on the order the replica returned rows in.
     */
    public static Answer judge(Act act) {
        String user = act.actor().userId();
        Optional<String> barred = act.duties().barring(user);
        if (barred.isPresent()) {
            return new Refused(Refusal.SEPARATION_OF_DUTIES, "'" + user + "' " + barred.get()
                    + ", and cannot act on its escalation (separation of duties)");
        }
        for (Authority team : act.chainNearestFirst()) {
            if (team.leads().contains(user)) {
                return new Allowed(Basis.LEAD, team.teamId(), null, null);
            }
        }
        if (act.actor().roles().contains(GOVERNANCE)) {
            return new Allowed(Basis.GOVERNANCE, null, null, null);
        }
        return throughDelegation(act, user);
    }

    private static Answer throughDelegation(Act act, String user) {
        List<String> inactive = new ArrayList<>();
        List<String> barredLeads = new ArrayList<>();
        for (Authority team : act.chainNearestFirst()) {
            List<Delegation> mine = team.delegations().stream().filter(d -> user.equals(d.delegate()))
                    .sorted(Comparator.comparing(Delegation::id)).toList();
            for (Delegation delegation : mine) {
                Optional<String> why = whyInactive(delegation, team, act.category(), act.at());
                if (why.isPresent()) {
                    inactive.add(why.get());
                    continue;
                }
                Optional<String> leadBarred = act.duties().barring(delegation.delegator());
                if (leadBarred.isPresent()) {
                    barredLeads.add("'" + delegation.delegator() + "', for whom '" + user + "' stands in in '"
                            + team.teamId() + "', " + leadBarred.get());
                    continue;
                }
                return new Allowed(Basis.DELEGATE, team.teamId(), delegation.delegator(), delegation.id());
            }
        }
        if (!barredLeads.isEmpty()) {
            return new Refused(Refusal.SEPARATION_OF_DUTIES, String.join("; ", barredLeads)
                    + ", so '" + user + "' cannot act on this escalation for them (separation of duties)");
        }
        String target = act.chainNearestFirst().isEmpty() ? "?" : act.chainNearestFirst().get(0).teamId();
        String detail = "Only leads of team '" + target + "' or of a team above it, their active delegates for the "
                + "category, or governance, may act on this escalation; '" + user + "' is none of them";
        return new Refused(Refusal.NO_AUTHORITY, inactive.isEmpty() ? detail
                : detail + ": " + String.join("; ", inactive));
    }

    /**
     * The delegation through which the user counts as a lead of the team for the category at t, if any (the first by
     * id when several qualify, so the answer never depends on row order).
     */
    public static Optional<Delegation> activeDelegation(Authority team, String user, String category, Instant at) {
        return team.delegations().stream().filter(d -> user.equals(d.delegate()))
                .sorted(Comparator.comparing(Delegation::id))
                .filter(d -> whyInactive(d, team, category, at).isEmpty())
                .findFirst();
    }

    /** Why the delegation does not make its delegate a lead of the team for this category at t, or empty. */
    private static Optional<String> whyInactive(Delegation d, Authority team, String category, Instant at) {
        String of = "the delegation from '" + d.delegator() + "' in '" + team.teamId() + "'";
        if (at.isBefore(d.validFrom())) {
            return Optional.of(of + " starts at " + d.validFrom());
        }
        if (!at.isBefore(d.validUntil())) {
            return Optional.of(of + " ended at " + d.validUntil());
        }
        if (!team.leads().contains(d.delegator())) {
            return Optional.of("'" + d.delegator() + "' is no longer a lead of '" + team.teamId() + "', so " + of
                    + " is not in force");
        }
        if (!d.covers(category)) {
            return Optional.of(of + " covers " + String.join(", ", d.categories()) + " only, not " + category);
        }
        return Optional.empty();
    }
}
