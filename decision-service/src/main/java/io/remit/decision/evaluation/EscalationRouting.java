package io.remit.decision.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an escalation goes: first to the lowest level that holds the authority, later one level up per SLA breach.
 * Each answer names the teams it passed over and why.
 */
public final class EscalationRouting {

    static final String ARCHIVED = "archived";
    static final String NO_LEAD_OR_DELEGATE = "no lead, and no delegate standing in for one, to take it";
    static final String UNKNOWN_STATUS = "a status this service does not know holds no autonomy";

    private EscalationRouting() {
    }

    /**
     * The nearest ancestor whose own boundary covers the decision, so that the escalation lands where
     * someone may actually approve it; archived and suspended ancestors hold no autonomy and are skipped.
     * The root holds every right, so it is the answer when no level below it qualifies, whatever its
     * own status or boundary; it is never among the skipped.
     *
     * @param ancestorsNearestFirst the deciding team's ancestors, nearest first, ending at the root
     */
    public static EscalationRoute nearestAuthority(List<TeamNode> ancestorsNearestFirst,
                                                   Map<String, BoundaryTerms> boundaries, DecisionFacts decision) {
        if (ancestorsNearestFirst.isEmpty()) {
            throw new IllegalArgumentException("the root has no one to escalate to");
        }
        List<SkippedTeam> skipped = new ArrayList<>();
        for (TeamNode ancestor : ancestorsNearestFirst) {
            Optional<SkippedTeam> skip = whyNoAuthority(ancestor, boundaries, decision);
            if (skip.isEmpty() || ancestor == last(ancestorsNearestFirst)) {
                return new EscalationRoute(ancestor.id(), skipped);
            }
            skipped.add(skip.get());
        }
        throw new IllegalStateException("unreachable: the last ancestor is always the answer");
    }

    /**
     * After an SLA breach the escalation moves to the next level that can answer it: archived teams
     * and teams without a lead (or a delegate standing in for one) are skipped, because nobody there would ever
     * acknowledge it. A suspended team still has people who can answer, so it takes the escalation.
     *
     * @param ancestorsOfCurrentTargetNearestFirst the current target's ancestors, nearest first, ending at the root
     * @return the new target, or empty when the current target is the root and the escalation stays
     */
    public static Optional<EscalationRoute> nextLevel(List<TeamNode> ancestorsOfCurrentTargetNearestFirst) {
        if (ancestorsOfCurrentTargetNearestFirst.isEmpty()) {
            return Optional.empty();
        }
        List<SkippedTeam> skipped = new ArrayList<>();
        for (TeamNode team : ancestorsOfCurrentTargetNearestFirst) {
            Optional<SkippedTeam> skip = whyNobodyAnswers(team);
            if (skip.isEmpty() || team == last(ancestorsOfCurrentTargetNearestFirst)) {
                return Optional.of(new EscalationRoute(team.id(), skipped));
            }
            skipped.add(skip.get());
        }
        throw new IllegalStateException("unreachable: the last ancestor is always the answer");
    }

    private static Optional<SkippedTeam> whyNoAuthority(TeamNode ancestor, Map<String, BoundaryTerms> boundaries,
                                                        DecisionFacts decision) {
        if (ancestor.isArchived()) {
            return skip(ancestor, SkipReason.ARCHIVED, ARCHIVED);
        }
        if (!ancestor.holdsAutonomy()) {
            String detail = ancestor.status() == TeamStatus.SUSPENDED ? RemitEvaluator.AUTONOMY_SUSPENDED
                    : UNKNOWN_STATUS;
            return skip(ancestor, SkipReason.SUSPENDED, detail);
        }
        BoundaryTerms boundary = BoundaryTerms.ownBoundaryFor(ancestor.id(), boundaries, decision);
        if (boundary == null) {
            return skip(ancestor, SkipReason.NO_BOUNDARY, "no boundary for category '" + decision.category()
                    + "' in force at " + decision.decidedAt());
        }
        try {
            List<String> breaches = BoundaryCoverage.breaches(boundary, decision);
            return breaches.isEmpty() ? Optional.empty()
                    : skip(ancestor, SkipReason.NOT_COVERED, String.join("; ", breaches));
        } catch (CurrencyMismatchException mismatch) {
            // Not the decider's input error here: simply a level that cannot vouch for the amount.
            return skip(ancestor, SkipReason.NOT_COVERED, mismatch.getMessage());
        }
    }

    private static Optional<SkippedTeam> whyNobodyAnswers(TeamNode team) {
        if (team.isArchived()) {
            return skip(team, SkipReason.ARCHIVED, ARCHIVED);
        }
        if (!team.hasLead()) {
            return skip(team, SkipReason.NO_LEAD_OR_DELEGATE, NO_LEAD_OR_DELEGATE);
        }
        return Optional.empty();
    }

    private static Optional<SkippedTeam> skip(TeamNode team, SkipReason reason, String detail) {
        return Optional.of(new SkippedTeam(team.id(), reason, detail));
    }

    private static TeamNode last(List<TeamNode> teams) {
        return teams.get(teams.size() - 1);
    }
}
