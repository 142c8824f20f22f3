package io.remit.decision.ledger;

import java.util.List;

/**
 * The result of checking a team's log: valid with its length and head, or the first entry that does not match its
 * stored hash or its predecessor.
 */
public record ChainVerification(boolean valid, long count, String headHash, BrokenEntry firstBroken) {

    public record BrokenEntry(long logSeq, String entry, String problem) {
    }

    /** Recomputes every hash in order; entries must be sorted by logSeq. A log never appended to has no head. */
    public static ChainVerification verify(List<? extends ChainedEntry> entries, LogHead head) {
        ChainVerifier verifier = new ChainVerifier();
        entries.forEach(verifier::accept);
        return verifier.finish(head);
    }
}
