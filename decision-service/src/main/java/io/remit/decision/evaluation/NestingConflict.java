package io.remit.decision.evaluation;

/**
 * A team's boundary that exceeds an ancestor's for the same category at some common time (e.g. after a
 * re-parenting).
 */
public record NestingConflict(String teamId, String ancestorTeamId, String category, String dimension, String detail) {
}
