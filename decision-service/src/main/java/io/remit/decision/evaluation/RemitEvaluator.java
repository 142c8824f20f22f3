package io.remit.decision.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Decides whether a decision lies within its team's remit and, if not, where it escalates first. */
public final class RemitEvaluator {

    static final String AUTONOMY_SUSPENDED = "autonomy suspended";

    private RemitEvaluator() {
    }

    /**
     * @param chain                      the deciding team first, then its ancestors nearest first, ending at the root
     * @param boundariesValidAtDecidedAt per team id, its boundary for the decision's category valid at decidedAt;
     *                                   an entry for another category or time counts as absent
     * @throws TeamArchivedException     when the deciding team is archived
     * @throws CurrencyMismatchException when the decision's budget is in another currency than the team's boundary
     */
    public static Evaluation evaluate(List<TeamNode> chain, Map<String, BoundaryTerms> boundariesValidAtDecidedAt,
                                      DecisionFacts decision) {
        requireChainOf(decision.teamId(), chain);
        TeamNode team = chain.get(0);
        if (team.isArchived()) {
            throw new TeamArchivedException(team.id());
        }
        // The root holds every decision right, and there is no one above to escalate to, so even a
        // suspended root decides within remit: suspension cannot take away rights nobody else holds.
        if (team.isRoot()) {
            return Evaluation.withinRemit(null);
        }
        List<TeamNode> ancestors = chain.subList(1, chain.size());
        if (!team.holdsAutonomy()) {
            return escalate(List.of(AUTONOMY_SUSPENDED), null, ancestors, boundariesValidAtDecidedAt, decision);
        }
        BoundaryTerms boundary = BoundaryTerms.ownBoundaryFor(team.id(), boundariesValidAtDecidedAt, decision);
        if (boundary == null) {
            List<String> reasons = List.of("no boundary for category '" + decision.category() + "'");
            return escalate(reasons, null, ancestors, boundariesValidAtDecidedAt, decision);
        }
        List<String> breaches = BoundaryCoverage.breaches(boundary, decision);
        if (breaches.isEmpty()) {
            return Evaluation.withinRemit(boundary);
        }
        return escalate(breaches, boundary, ancestors, boundariesValidAtDecidedAt, decision);
    }

    private static Evaluation escalate(List<String> reasons, BoundaryTerms boundary, List<TeamNode> ancestors,
                                       Map<String, BoundaryTerms> boundaries, DecisionFacts decision) {
        return Evaluation.escalated(reasons, boundary, EscalationRouting.nearestAuthority(ancestors, boundaries,
                decision));
    }

    // A broken chain would silently route to the wrong team, so it is a programming error, not a verdict.
    private static void requireChainOf(String teamId, List<TeamNode> chain) {
        if (chain.isEmpty() || !chain.get(0).id().equals(teamId)) {
            throw new IllegalArgumentException("chain must start with the deciding team '" + teamId + "'");
        }
        for (int i = 0; i + 1 < chain.size(); i++) {
            if (!Objects.equals(chain.get(i).parentId(), chain.get(i + 1).id())) {
                throw new IllegalArgumentException("chain breaks after team '" + chain.get(i).id() + "'");
            }
        }
        if (!chain.get(chain.size() - 1).isRoot()) {
            throw new IllegalArgumentException("chain of team '" + teamId + "' does not reach the root");
        }
    }
}
