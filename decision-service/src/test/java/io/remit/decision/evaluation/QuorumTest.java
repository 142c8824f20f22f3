package io.remit.decision.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.remit.decision.evaluation.Quorum.Answer;
import io.remit.decision.evaluation.Quorum.Carry;
import io.remit.decision.evaluation.Quorum.Counted;
import io.remit.decision.evaluation.Quorum.Outcome;
import io.remit.decision.evaluation.Quorum.Refused;
import io.remit.decision.evaluation.Quorum.State;
import io.remit.decision.evaluation.Quorum.Vote;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Votes on an escalation at finance: lena and fay lead it, dave stands in for lena, dan for lena too; gina holds
 * governance.
 */
class QuorumTest {

    static Vote approve(String by) {
        return new Vote(by, null, Outcome.APPROVED, false);
    }

    static Vote approveFor(String by, String lead) {
        return new Vote(by, lead, Outcome.APPROVED, false);
    }

    static Vote reject(String by) {
        return new Vote(by, null, Outcome.REJECTED, false);
    }

    /** Votes counted so far, the number required, the new vote, and the expected answer. */
    record Case(String name, List<Vote> counted, int required, Vote vote, State state, int approvals,
                String refusalContains) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case counted(String name, List<Vote> counted, int required, Vote vote, State state, int approvals) {
        return new Case(name, counted, required, vote, state, approvals, null);
    }

    static Case refused(String name, List<Vote> counted, Vote vote, String contains) {
        return new Case(name, counted, 3, vote, null, 0, contains);
    }

    static Stream<Case> cases() {
        return Stream.of(
                counted("one approver approves at once", List.of(), 1, approve("lena"), State.APPROVED, 1),
                counted("one approver rejects at once", List.of(), 1, reject("lena"), State.REJECTED, 0),
                counted("the first of two approvals leaves it open", List.of(), 2, approve("lena"), State.OPEN, 1),
                counted("the second distinct approval completes it", List.of(approve("lena")), 2, approve("fay"),
                        State.APPROVED, 2),
                counted("the first rejection rejects, whatever approved before", List.of(approve("lena"),
                        approve("fay")), 3, reject("gina"), State.REJECTED, 2),
                counted("a carried approval counts", List.of(new Vote("rory", null, Outcome.APPROVED, true)), 2,
                        approve("gina"), State.APPROVED, 2),
                counted("a delegate counts as one approver", List.of(approve("fay")), 2, approveFor("dave", "lena"),
                        State.APPROVED, 2),
                counted("governance counts like anyone", List.of(), 2, approve("gina"), State.OPEN, 1),
                counted("more approvals than required still approve", List.of(approve("a"), approve("b")), 2,
                        approve("c"), State.APPROVED, 3),
                refused("a second vote of the same person", List.of(approve("lena")), reject("lena"),
                        "'lena' has already voted APPROVED"),
                refused("the lead after their delegate", List.of(approveFor("dave", "lena")), approve("lena"),
                        "share one vote"),
                refused("the delegate after their lead", List.of(approve("lena")), approveFor("dave", "lena"),
                        "the lead 'lena' they stand in for share one vote"),
                refused("two delegates of one lead", List.of(approveFor("dave", "lena")), approveFor("dan", "lena"),
                        "share one vote"),
                refused("a delegate who voted in their own right", List.of(approve("dave")),
                        approveFor("dave", "lena"), "'dave' has already voted"),
                refused("a carried vote is a vote", List.of(new Vote("rory", null, Outcome.APPROVED, true)),
                        approve("rory"), "'rory' has already voted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldCountEachPersonOnce(Case c) {
        Answer answer = Quorum.cast(c.counted(), c.required(), c.vote());

        if (c.refusalContains() != null) {
            assertThat(answer).isInstanceOf(Refused.class);
            assertThat(((Refused) answer).detail()).contains(c.refusalContains());
        } else {
            assertThat(answer).isEqualTo(new Counted(c.state(), c.approvals(), c.required()));
        }
    }

    @Test
    void shouldCarryTheApprovalsOfThoseStillEligibleAndDropTheOthers() {
        List<Vote> counted = List.of(approve("lena"), approveFor("dave", "rory"), approve("gina"));
        Set<String> eligibleAbove = Set.of("dave", "gina");

        Carry carry = Quorum.carry(counted, vote -> eligibleAbove.contains(vote.by()));

        assertThat(carry.carried()).containsExactly(new Vote("dave", "rory", Outcome.APPROVED, true),
                new Vote("gina", null, Outcome.APPROVED, true));
        assertThat(carry.dropped()).containsExactly(approve("lena"));
    }

    @Test
    void shouldNeverApproveByCarryingAlone() {
        Carry carry = Quorum.carry(List.of(approve("gina"), approve("rory")), vote -> true);

        assertThat(Quorum.approvals(carry.carried())).isEqualTo(2);
        assertThat(Quorum.cast(carry.carried(), 2, approve("ada"))).isEqualTo(new Counted(State.APPROVED, 3, 2));
        assertThat(Quorum.cast(carry.carried(), 2, reject("ada"))).isEqualTo(new Counted(State.REJECTED, 2, 2));
    }

    @Test
    void shouldCarryNothingFromNoVotes() {
        assertThat(Quorum.carry(List.of(), vote -> true)).isEqualTo(new Carry(List.of(), List.of()));
    }
}
