package io.remit.decision.evaluation;

import static io.remit.decision.evaluation.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.remit.decision.evaluation.Eligibility.Act;
import io.remit.decision.evaluation.Eligibility.Actor;
import io.remit.decision.evaluation.Eligibility.Allowed;
import io.remit.decision.evaluation.Eligibility.Answer;
import io.remit.decision.evaluation.Eligibility.Authority;
import io.remit.decision.evaluation.Eligibility.Basis;
import io.remit.decision.evaluation.Eligibility.Delegation;
import io.remit.decision.evaluation.Eligibility.Duties;
import io.remit.decision.evaluation.Eligibility.Refusal;
import io.remit.decision.evaluation.Eligibility.Refused;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may acknowledge or resolve an escalation of payments' spend decision, now at finance (lead lena) under acme
 * (lead rory). Payments (lead theo, member mia) decided; mia decided, the bot recorded.
 */
class EligibilityTest {

    static final Instant NOW = at("2026-03-31T12:00:00Z");

    /** One act: who, with which global roles and delegations in finance, for which category, and the answer. */
    record Case(String name, String actor, Set<String> roles, List<Delegation> delegations, String category,
                String decidingMember, Expect expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Allowed with a basis, team and onBehalfOf, or refused with a reason and words the detail must contain. */
    record Expect(Basis basis, String teamId, String onBehalfOf, String delegationId, Refusal refusal,
                  String detailContains) {
        static Expect allowed(Basis basis, String teamId, String onBehalfOf, String delegationId) {
            return new Expect(basis, teamId, onBehalfOf, delegationId, null, null);
        }

        static Expect refused(Refusal refusal, String detailContains) {
            return new Expect(null, null, null, null, refusal, detailContains);
        }
    }

    static Delegation delegation(String id, String delegator, String delegate, String from, String until,
                                 String... categories) {
        return new Delegation(id, delegator, delegate, at(from), at(until), Arrays.asList(categories));
    }

    static final Delegation ACTIVE_SPEND = delegation("d-1", "lena", "dave", "2026-03-30", "2026-04-10", "spend");

    static Case lead(String name, String actor, Set<String> roles, Expect expect) {
        return new Case(name, actor, roles, List.of(), "spend", null, expect);
    }

    static Case delegate(String name, List<Delegation> delegations, String category, Expect expect) {
        return new Case(name, "dave", Set.of(), delegations, category, null, expect);
    }

    static Stream<Case> cases() {
        return Stream.of(
                lead("lead of the target", "lena", Set.of(), Expect.allowed(Basis.LEAD, "finance", null, null)),
                lead("lead of an ancestor", "rory", Set.of(), Expect.allowed(Basis.LEAD, "acme", null, null)),
                lead("governance", "gina", Set.of("governance"),
                        Expect.allowed(Basis.GOVERNANCE, null, null, null)),
                lead("lead who also holds governance acts as lead", "rory", Set.of("governance"),
                        Expect.allowed(Basis.LEAD, "acme", null, null)),
                lead("stranger", "sam", Set.of(), Expect.refused(Refusal.NO_AUTHORITY, "'sam' is none of them")),
                lead("auditor", "audrey", Set.of("auditor"), Expect.refused(Refusal.NO_AUTHORITY, "'audrey'")),
                lead("the decider, even with governance", "mia", Set.of("governance"),
                        Expect.refused(Refusal.SEPARATION_OF_DUTIES, "'mia' made the decision")),
                lead("the recorder, even with governance", "bot", Set.of("governance", "integration"),
                        Expect.refused(Refusal.SEPARATION_OF_DUTIES, "'bot' recorded the decision")),
                lead("a lead of the deciding team", "theo", Set.of(),
                        Expect.refused(Refusal.SEPARATION_OF_DUTIES, "belongs to the deciding team 'payments'")),
                delegate("active delegate", List.of(ACTIVE_SPEND), "spend",
                        Expect.allowed(Basis.DELEGATE, "finance", "lena", "d-1")),
                delegate("active delegate from the first instant", List.of(
                        delegation("d-1", "lena", "dave", "2026-03-31T12:00:00Z", "2026-04-10", "spend")), "spend",
                        Expect.allowed(Basis.DELEGATE, "finance", "lena", "d-1")),
                delegate("delegate for all categories", List.of(
                        delegation("d-2", "lena", "dave", "2026-03-30", "2026-04-10")), "hiring",
                        Expect.allowed(Basis.DELEGATE, "finance", "lena", "d-2")),
                delegate("expired delegate (validUntil is exclusive)", List.of(
                        delegation("d-1", "lena", "dave", "2026-03-20", "2026-03-31T12:00:00Z", "spend")), "spend",
                        Expect.refused(Refusal.NO_AUTHORITY,
                                "the delegation from 'lena' in 'finance' ended at 2026-03-31T12:00:00Z")),
                delegate("scheduled delegate, not yet started", List.of(
                        delegation("d-1", "lena", "dave", "2026-04-01", "2026-04-10", "spend")), "spend",
                        Expect.refused(Refusal.NO_AUTHORITY, "starts at 2026-04-01T00:00:00Z")),
                delegate("delegate for another category", List.of(
                        delegation("d-1", "lena", "dave", "2026-03-30", "2026-04-10", "hiring", "travel")), "spend",
                        Expect.refused(Refusal.NO_AUTHORITY, "covers hiring, travel only, not spend")),
                delegate("delegator no longer a lead", List.of(
                        delegation("d-1", "lou", "dave", "2026-03-30", "2026-04-10", "spend")), "spend",
                        Expect.refused(Refusal.NO_AUTHORITY, "'lou' is no longer a lead of 'finance'")),
                delegate("someone else's delegate", List.of(
                        delegation("d-1", "lena", "erin", "2026-03-30", "2026-04-10", "spend")), "spend",
                        Expect.refused(Refusal.NO_AUTHORITY, "'dave' is none of them")),
                delegate("several delegations: the one that qualifies", List.of(
                        delegation("d-1", "lena", "dave", "2026-03-20", "2026-03-25", "spend"),
                        delegation("d-2", "lena", "dave", "2026-03-30", "2026-04-10", "hiring"),
                        delegation("d-3", "lena", "dave", "2026-03-30", "2026-04-10", "spend")), "spend",
                        Expect.allowed(Basis.DELEGATE, "finance", "lena", "d-3")),
                delegate("several qualifying delegations: the lowest id", List.of(
                        delegation("d-9", "lena", "dave", "2026-03-30", "2026-04-10"),
                        delegation("d-4", "lena", "dave", "2026-03-30", "2026-04-10", "spend")), "spend",
                        Expect.allowed(Basis.DELEGATE, "finance", "lena", "d-4")),
                delegate("several refused delegations: every reason", List.of(
                        delegation("d-1", "lena", "dave", "2026-03-20", "2026-03-25", "spend"),
                        delegation("d-2", "lena", "dave", "2026-03-30", "2026-04-10", "hiring")), "spend",
                        Expect.refused(Refusal.NO_AUTHORITY, "ended at 2026-03-25T00:00:00Z; the delegation from "
                                + "'lena' in 'finance' covers hiring only")),
                new Case("delegate who is the decider", "mia", Set.of(), List.of(
                        delegation("d-1", "lena", "mia", "2026-03-30", "2026-04-10", "spend")), "spend", null,
                        Expect.refused(Refusal.SEPARATION_OF_DUTIES, "'mia' made the decision")),
                new Case("delegate who is a member of the deciding team", "dave", Set.of(), List.of(ACTIVE_SPEND),
                        "spend", "dave",
                        Expect.refused(Refusal.SEPARATION_OF_DUTIES, "'dave' belongs to the deciding team")),
                new Case("delegate whose lead is a member of the deciding team", "dave", Set.of(),
                        List.of(ACTIVE_SPEND), "spend", "lena",
                        Expect.refused(Refusal.SEPARATION_OF_DUTIES, "'lena', for whom 'dave' stands in in "
                                + "'finance', belongs to the deciding team 'payments'")),
                new Case("auditor who is an active delegate acts as delegate", "dave", Set.of("auditor"),
                        List.of(ACTIVE_SPEND), "spend", null,
                        Expect.allowed(Basis.DELEGATE, "finance", "lena", "d-1")),
                new Case("governance who is also a delegate acts as governance", "dave", Set.of("governance"),
                        List.of(ACTIVE_SPEND), "spend", null,
                        Expect.allowed(Basis.GOVERNANCE, null, null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldAnswerEachActAsTheRulesSay(Case c) {
        Set<String> members = c.decidingMember() == null ? Set.of("theo", "mia")
                : Set.of("theo", "mia", c.decidingMember());
        Act act = new Act(new Actor(c.actor(), c.roles()), chain(c.delegations(), List.of()), c.category(), NOW,
                new Duties("mia", "bot", "payments", members));

        assertAnswer(Eligibility.judge(act), c.expect());
    }

    @Test
    void shouldCountAnAncestorsDelegateAsALeadOfThatAncestor() {
        Delegation fromRory = delegation("d-7", "rory", "dave", "2026-03-30", "2026-04-10", "spend");

        Answer answer = Eligibility.judge(new Act(new Actor("dave", Set.of()), chain(List.of(), List.of(fromRory)),
                "spend", NOW, new Duties("mia", "bot", "payments", Set.of("mia"))));

        assertAnswer(answer, Expect.allowed(Basis.DELEGATE, "acme", "rory", "d-7"));
        assertThat(((Allowed) answer).describe()).isEqualTo("delegate of rory in acme through delegation d-7");
    }

    @Test
    void shouldPreferOwnRightOverADelegation() {
        Delegation fromRory = delegation("d-7", "rory", "lena", "2026-03-30", "2026-04-10");

        Answer answer = Eligibility.judge(new Act(new Actor("lena", Set.of()), chain(List.of(), List.of(fromRory)),
                "spend", NOW, new Duties("mia", "bot", "payments", Set.of("mia"))));

        assertAnswer(answer, Expect.allowed(Basis.LEAD, "finance", null, null));
        assertThat(((Allowed) answer).describe()).isEqualTo("lead of finance");
    }

    @Test
    void shouldPreferTheNearestTeamsDelegationAndSkipOneWhoseLeadIsBarred() {
        Delegation fromRory = delegation("d-1", "rory", "dave", "2026-03-30", "2026-04-10");
        Delegation fromLena = delegation("d-2", "lena", "dave", "2026-03-30", "2026-04-10");
        Duties duties = new Duties("mia", "bot", "payments", Set.of("mia"));
        Duties lenaDecided = new Duties("lena", "bot", "payments", Set.of("mia"));

        assertAnswer(Eligibility.judge(new Act(new Actor("dave", Set.of()), chain(List.of(fromLena),
                List.of(fromRory)), "spend", NOW, duties)), Expect.allowed(Basis.DELEGATE, "finance", "lena", "d-2"));
        assertAnswer(Eligibility.judge(new Act(new Actor("dave", Set.of()), chain(List.of(fromLena),
                List.of(fromRory)), "spend", NOW, lenaDecided)),
                Expect.allowed(Basis.DELEGATE, "acme", "rory", "d-1"));
    }

    @Test
    void shouldRefuseADelegateWhoseLeadDecidedOrRecorded() {
        Delegation fromLena = delegation("d-2", "lena", "dave", "2026-03-30", "2026-04-10");
        for (Duties duties : List.of(new Duties("lena", "bot", "payments", Set.of()),
                new Duties("mia", "lena", "payments", Set.of()))) {
            assertAnswer(Eligibility.judge(new Act(new Actor("dave", Set.of()), chain(List.of(fromLena), List.of()),
                    "spend", NOW, duties)), Expect.refused(Refusal.SEPARATION_OF_DUTIES,
                    "'lena', for whom 'dave' stands in in 'finance', "));
        }
    }

    /**
     * A delegation is active only while its delegator leads the team, so a team without leads has no one to take an
     * escalation even when a former lead's delegation is still listed: routing's "teams without leads" check is
     * exactly "teams without a lead or active delegate".
     */
    @Test
    void shouldFindNoOneInATeamWithoutLeadsEvenWithAFormerLeadsDelegation() {
        Delegation fromFormerLead = delegation("d-3", "lou", "dave", "2026-03-30", "2026-04-10");
        List<Authority> leaderless = List.of(new Authority("finance", Set.of(), List.of(fromFormerLead)));

        assertAnswer(Eligibility.judge(new Act(new Actor("dave", Set.of()), leaderless, "spend", NOW,
                new Duties("mia", "bot", "payments", Set.of("mia")))),
                Expect.refused(Refusal.NO_AUTHORITY, "'lou' is no longer a lead of 'finance'"));
    }

    private static List<Authority> chain(List<Delegation> inFinance, List<Delegation> inAcme) {
        List<Authority> chain = new ArrayList<>();
        chain.add(new Authority("finance", Set.of("lena"), inFinance));
        chain.add(new Authority("acme", Set.of("rory"), inAcme));
        return chain;
    }

    private static void assertAnswer(Answer answer, Expect expect) {
        if (expect.refusal() == null) {
            assertThat(answer).isEqualTo(new Allowed(expect.basis(), expect.teamId(), expect.onBehalfOf(),
                    expect.delegationId()));
        } else {
            assertThat(answer).isInstanceOf(Refused.class);
            Refused refused = (Refused) answer;
            assertThat(refused.reason()).isEqualTo(expect.refusal());
            assertThat(refused.detail()).contains(expect.detailContains());
        }
    }
}
