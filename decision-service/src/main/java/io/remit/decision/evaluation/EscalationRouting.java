package io.remit.decision.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where an escalation goes: first to the lowest level that holds the authority, later one level up per SLA breach. */
public final class EscalationRouting {

    private EscalationRouting() {
    }

    /**
     * The nearest ancestor whose own boundary covers the decision, so that the escalation lands where
     * someone may actually approve it; archived and suspended ancestors hold no autonomy and are skipped.
     * The root holds every right, so it is the answer when no level below it qualifies, whatever its
     * own status or boundary.
     *
     * @param ancestorsNearestFirst the deciding team's ancestors, nearest first, ending at the root
     */
    public static String nearestAuthority(List<TeamNode> ancestorsNearestFirst, Map<String, BoundaryTerms> boundaries,
                                          DecisionFacts decision) {
        if (ancestorsNearestFirst.isEmpty()) {
            throw new IllegalArgumentException("the root has no one to escalate to");
        }
        return ancestorsNearestFirst.stream()
                .filter(TeamNode::holdsAutonomy)
                .filter(ancestor -> BoundaryCoverage.covers(BoundaryTerms.ownBoundaryFor(ancestor.id(), boundaries,
                        decision), decision))
                .findFirst()
                .orElse(last(ancestorsNearestFirst))
                .id();
    }

    /**
     * After an SLA breach the escalation moves to the next level that can answer it: archived teams
     * and teams without a lead are skipped, because nobody there would ever acknowledge it.
     *
     * @param ancestorsOfCurrentTargetNearestFirst the current target's ancestors, nearest first, ending at the root
     * @return the new target, or empty when the current target is the root and the escalation stays
     */
    public static Optional<String> nextLevel(List<TeamNode> ancestorsOfCurrentTargetNearestFirst) {
        if (ancestorsOfCurrentTargetNearestFirst.isEmpty()) {
            return Optional.empty();
        }
        return ancestorsOfCurrentTargetNearestFirst.stream()
                .filter(team -> !team.isArchived() && team.hasLead())
                .findFirst()
                .or(() -> Optional.of(last(ancestorsOfCurrentTargetNearestFirst)))
                .map(TeamNode::id);
    }

    private static TeamNode last(List<TeamNode> teams) {
        return teams.get(teams.size() - 1);
    }
}
