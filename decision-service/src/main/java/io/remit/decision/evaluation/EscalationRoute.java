package io.remit.decision.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * Where one routing level sends an escalation, and the teams it passed over on the way, nearest first, so that
 * nobody has to guess why the escalation did not land with the team above.
 */
public record EscalationRoute(String targetTeamId, List<SkippedTeam> skipped) {

    public EscalationRoute {
        Objects.requireNonNull(targetTeamId, "targetTeamId");
        skipped = List.copyOf(skipped);
    }
}
