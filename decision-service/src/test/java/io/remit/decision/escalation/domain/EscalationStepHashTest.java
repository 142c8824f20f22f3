package io.remit.decision.escalation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.remit.decision.evaluation.SkipReason;
import io.remit.decision.evaluation.SkippedTeam;
import io.remit.decision.ledger.CanonicalForm;
import io.remit.decision.ledger.ChainVerification;
import io.remit.decision.ledger.ChainVerifier;
import io.remit.decision.ledger.HashChain;
import io.remit.decision.teamlog.TeamLogHead;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recording the teams a routing skipped must not change the hash of any step written before: a step without skips
 * reads canonically as it always did, and a step with skips hashes them, so a chain holding both verifies. Steps of
 * hash version 2 name every field of their version, so a chain mixing both versions verifies too.
 */
class EscalationStepHashTest {

    /** The canonical text of an OPENED step as every release before skipped teams wrote it. */
    private static final String OLD_CANONICAL = "[\"escalation-step\",\"01a207e7-524b-7166-8b9d-2434e465e151\","
            + "\"01a207e7-524b-7166-8b9d-2434e465e150\",\"payments\",\"OPENED\",\"bob\","
            + "\"2026-11-23T10:15:30.123456Z\",1,\"finance\",\"OPEN\",\"2026-11-23T18:15:30.123456Z\",null,2]";

    /** Its hash after an entry hashed "0000…", as the release before computed it (SHA-256, pinned). */
    private static final String PREVIOUS = "0".repeat(64);
    private static final String OLD_HASH = "d9e8505e759c003fc38350f72a296c9ce043dc5d5289a78a789ce239715edfb1";

    private static final List<SkippedTeam> SKIPPED = List.of(
            new SkippedTeam("platform", SkipReason.NOT_COVERED,
                    "budget 50000 EUR exceeds 20000 EUR; risk HIGH exceeds MEDIUM"),
            new SkippedTeam("commerce", SkipReason.SUSPENDED, "autonomy suspended"));

    @Test
    void shouldHashAStepWithoutSkippedTeamsExactlyAsBefore() {
        EscalationStep step = openedStep(List.of());
        step.logSeq = 2;

        assertThat(step.canonicalContent()).isEqualTo(OLD_CANONICAL);
        assertThat(CanonicalForm.hash(PREVIOUS, step.canonicalContent())).isEqualTo(OLD_HASH);
    }

    @Test
    void shouldReadAStepStoredBeforeSkippedTeamsExistedAsOneWithout() {
        EscalationStep stored = openedStep(null);
        stored.logSeq = 2;

        assertThat(stored.skipped()).isEmpty();
        assertThat(stored.canonicalContent()).isEqualTo(OLD_CANONICAL);
    }

    @Test
    void shouldHashTheSkippedTeamsOfAStepThatHasSome() {
        EscalationStep step = openedStep(SKIPPED);
        step.logSeq = 2;

        assertThat(step.canonicalContent()).isEqualTo(OLD_CANONICAL.substring(0, OLD_CANONICAL.length() - 1)
                + ",[[\"skipped\",[[\"platform\",\"NOT_COVERED\","
                + "\"budget 50000 EUR exceeds 20000 EUR; risk HIGH exceeds MEDIUM\"],"
                + "[\"commerce\",\"SUSPENDED\",\"autonomy suspended\"]]]]]");
    }

    @Test
    void shouldVerifyAChainOfOldAndNewStepsAndCatchAnAlteredSkip() {
        TeamLogHead head = new TeamLogHead();
        List<EscalationStep> chain = List.of(openedStep(List.of()), openedStep(SKIPPED), openedStep(null));
        chain.forEach(step -> HashChain.append(head, step));

        assertThat(verify(chain, head).valid()).isTrue();

        chain.get(1).skipped = List.of(SKIPPED.get(0));
        ChainVerification altered = verify(chain, head);
        assertThat(altered.valid()).isFalse();
        assertThat(altered.firstBroken().logSeq()).isEqualTo(2);
    }

    @Test
    void shouldNameEveryFieldOfVersionTwoIncludingTheAbsentOnes() {
        EscalationStep step = openedStep(List.of());
        step.hashVersion = 2;
        step.logSeq = 2;

        assertThat(step.canonicalContent()).isEqualTo(OLD_CANONICAL.substring(0, OLD_CANONICAL.length() - 1)
                + ",2,[[\"onBehalfOf\",null],[\"basis\",null],[\"skipped\",[]],[\"vote\",null],"
                + "[\"approvals\",null],[\"approvalsRequired\",null],[\"carriedVotes\",null],"
                + "[\"droppedVotes\",null],[\"statusChanges\",[]]]]");
    }

    @Test
    void shouldVerifyAChainOfBothVersionsAndCatchAVersionChangedInTheDatabase() {
        TeamLogHead head = new TeamLogHead();
        EscalationStep older = openedStep(SKIPPED);
        EscalationStep newer = openedStep(SKIPPED);
        newer.hashVersion = 2;
        List<EscalationStep> chain = List.of(older, newer);
        chain.forEach(step -> HashChain.append(head, step));

        assertThat(verify(chain, head).valid()).isTrue();

        older.hashVersion = 2;
        ChainVerification altered = verify(chain, head);
        assertThat(altered.valid()).isFalse();
        assertThat(altered.firstBroken().logSeq()).isEqualTo(1);
    }

    private static ChainVerification verify(List<EscalationStep> chain, TeamLogHead head) {
        ChainVerifier verifier = new ChainVerifier();
        chain.forEach(verifier::accept);
        return verifier.finish(head);
    }

    private static EscalationStep openedStep(List<SkippedTeam> skipped) {
        EscalationStep step = new EscalationStep();
        step.id = "01a207e7-524b-7166-8b9d-2434e465e151";
        step.escalationId = "01a207e7-524b-7166-8b9d-2434e465e150";
        step.teamId = "payments";
        step.action = StepAction.OPENED;
        step.actor = "bob";
        step.occurredAt = Instant.parse("2026-11-23T10:15:30.123456Z");
        step.level = 1;
        step.targetTeamId = "finance";
        step.status = EscalationStatus.OPEN;
        step.dueAt = Instant.parse("2026-11-23T18:15:30.123456Z");
        step.skipped = skipped;
        step.hashVersion = 1;
        return step;
    }
}
