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
        String previous = null;
        long expectedSeq = 1;
        for (ChainedEntry entry : entries) {
            String problem = null;
            if (entry.logSeq() != expectedSeq) {
                problem = "expected entry " + expectedSeq + " but found " + entry.logSeq() + ": an entry is missing";
            } else if (!equal(entry.previousHash(), previous)) {
                problem = "its previousHash does not match the entry before it";
            } else if (!CanonicalForm.hash(previous, entry.canonicalContent()).equals(entry.hash())) {
                problem = "its content does not match its hash: it was altered after it was written";
            }
            if (problem != null) {
                return new ChainVerification(false, entries.size(), head == null ? null : head.lastHash(),
                        new BrokenEntry(entry.logSeq(), entry.describe(), problem));
            }
            previous = entry.hash();
            expectedSeq++;
        }
        long headSeq = head == null ? 0 : head.lastSeq();
        if (headSeq != entries.size() || !equal(head == null ? null : head.lastHash(), previous)) {
            return new ChainVerification(false, entries.size(), head == null ? null : head.lastHash(),
                    new BrokenEntry(headSeq, "log head", "the head does not point at the last entry: entries are "
                            + "missing or were added outside the log"));
        }
        return new ChainVerification(true, entries.size(), previous, null);
    }

    private static boolean equal(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
