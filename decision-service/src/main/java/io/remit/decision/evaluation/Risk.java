package io.remit.decision.evaluation;

/** How much can go wrong; declaration order is the ordering the boundaries compare against. */
public enum Risk {
    LOW, MEDIUM, HIGH, CRITICAL
}
