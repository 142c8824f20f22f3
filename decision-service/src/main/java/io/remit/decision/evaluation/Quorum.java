package io.remit.decision.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Counting the votes of a multi-approver escalation (Authority over time 2). Each person votes once and cannot change
 * it; a delegate and the lead they stand in for share one vote, so whichever of them comes second is refused. The
 * escalation is approved when the approvals at its current level reach the number required, rejected at the first
 * rejection, and otherwise stays open showing its votes.
 */
public final class Quorum {

    private Quorum() {
    }

    public enum Outcome { APPROVED, REJECTED }

    /** Where the escalation stands after a vote. */
    public enum State { OPEN, APPROVED, REJECTED }

    /**
     * One vote counted at the current level.
     *
     * @param onBehalfOf the lead a delegate voted for; null for a vote in the voter's own right
     * @param carried    whether it was cast at a lower level and carried up on a move
     */
    public record Vote(String by, String onBehalfOf, Outcome outcome, boolean carried) {
        public Vote {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(outcome, "outcome");
        }

        /** The people whose one vote this is: the voter, and the lead a delegate stood in for. */
        Set<String> people() {
            return onBehalfOf == null ? Set.of(by) : Set.of(by, onBehalfOf);
        }
    }

    /** The answer to a new vote: counted, or refused with a sentence that says why. */
    public sealed interface Answer permits Counted, Refused {
    }

    /** @param approvals the distinct approvers counted at this level after the vote */
    public record Counted(State state, int approvals, int required) implements Answer {
    }

    public record Refused(String detail) implements Answer {
    }

    /**
     * Counts a new vote against the votes already counted at the current level (fresh and carried).
     *
     * @param required the number of distinct approvers the current target needs, at least 1
     */
    public static Answer cast(List<Vote> counted, int required, Vote vote) {
        if (required < 1) {
            throw new IllegalArgumentException("required must be at least 1, was " + required);
        }
        for (Vote earlier : counted) {
            Set<String> shared = new HashSet<>(earlier.people());
            shared.retainAll(vote.people());
            if (!shared.isEmpty()) {
                return new Refused(why(earlier, vote));
            }
        }
        if (vote.outcome() == Outcome.REJECTED) {
            return new Counted(State.REJECTED, approvals(counted), required);
        }
        int approvals = approvals(counted) + 1;
        return new Counted(approvals >= required ? State.APPROVED : State.OPEN, approvals, required);
    }

    /** The distinct approvers among the votes counted at a level. */
    public static int approvals(List<Vote> counted) {
        return (int) counted.stream().filter(v -> v.outcome() == Outcome.APPROVED).count();
    }

    /**
     * On a move up: the approvals of people still eligible at the new target are carried (and marked so), the others
     * dropped. A move never approves by itself, whatever the carried votes add up to: the escalation is open at its
     * new level until a vote there completes the count.
     *
     * @param stillEligible whether the voter may still vote at the new target, judged at the move's instant
     */
    public static Carry carry(List<Vote> counted, Predicate<Vote> stillEligible) {
        List<Vote> carried = new ArrayList<>();
        List<Vote> dropped = new ArrayList<>();
        for (Vote vote : counted) {
            if (vote.outcome() == Outcome.APPROVED && stillEligible.test(vote)) {
                carried.add(new Vote(vote.by(), vote.onBehalfOf(), vote.outcome(), true));
            } else {
                dropped.add(vote);
            }
        }
        return new Carry(carried, dropped);
    }

    /** The votes a move up carries (marked carried) and those it drops, each in the order given. */
    public record Carry(List<Vote> carried, List<Vote> dropped) {
        public Carry {
            carried = List.copyOf(carried);
            dropped = List.copyOf(dropped);
        }
    }

    private static String why(Vote earlier, Vote vote) {
        if (earlier.by().equals(vote.by())) {
            return "'" + vote.by() + "' has already voted " + earlier.outcome() + " on this escalation, and a vote "
                    + "cannot be changed";
        }
        String lead = earlier.onBehalfOf() != null && earlier.onBehalfOf().equals(vote.onBehalfOf())
                ? vote.onBehalfOf() : earlier.onBehalfOf() != null && earlier.onBehalfOf().equals(vote.by())
                ? vote.by() : vote.onBehalfOf();
        return "'" + earlier.by() + "' has already voted " + earlier.outcome() + (earlier.onBehalfOf() == null
                ? "" : " for '" + earlier.onBehalfOf() + "'") + "; a delegate and the lead '" + lead
                + "' they stand in for share one vote";
    }
}
