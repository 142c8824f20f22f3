package io.remit.decision.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    @ParameterizedTest(name = "{0} with reasons={1} and target={2} is inconsistent")
    @CsvSource(nullValues = "-", value = {
            "WITHIN_REMIT, risk HIGH exceeds MEDIUM, -",
            "WITHIN_REMIT, -, eng",
            "ESCALATED, -, eng",
            "ESCALATED, risk HIGH exceeds MEDIUM, -"})
    void shouldRefuseAVerdictInconsistentWithItsReasonsOrTarget(Verdict verdict, String reason, String target) {
        List<String> reasons = reason == null ? List.of() : List.of(reason);

        assertThatIllegalArgumentException().isThrownBy(() -> new Evaluation(verdict, reasons, null, target));
    }

    @Test
    void shouldRefuseSkippedTeamsForADecisionWithinRemit() {
        List<SkippedTeam> skipped = List.of(new SkippedTeam("eng", SkipReason.SUSPENDED, "autonomy suspended"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Evaluation(Verdict.WITHIN_REMIT, List.of(), null, null, skipped));
    }

    @Test
    void shouldKeepItsReasonsFromLaterChangesByTheCaller() {
        List<String> reasons = new ArrayList<>(List.of("autonomy suspended"));
        Evaluation evaluation = Evaluation.escalated(reasons, null, "eng");

        reasons.add("something else");

        assertThat(evaluation.reasons()).containsExactly("autonomy suspended");
    }
}
