package io.remit.decision.evaluation;

/** How far a decision reaches; declaration order is the ordering the boundaries compare against. */
public enum Scope {
    TEAM, CROSS_TEAM, ORGANISATION
}
