package io.remit.decision.evaluation;

public enum Verdict {
    WITHIN_REMIT, ESCALATED
}
