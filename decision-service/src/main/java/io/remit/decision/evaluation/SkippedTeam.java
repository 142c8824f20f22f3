package io.remit.decision.evaluation;

import java.util.Objects;

/**
 * A team a routing level passed over, and why.
 *
 * @param detail a sentence for people, such as "budget 50000 EUR exceeds 20000 EUR"
 */
public record SkippedTeam(String teamId, SkipReason reason, String detail) {

    public SkippedTeam {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
