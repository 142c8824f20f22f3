package io.remit.decision.ledger;

import io.remit.decision.ledger.ChainVerification.BrokenEntry;

/**
 * Checks a team's log one entry at a time, in log order, keeping only the previous hash: a log of any length is
 * verified in the memory of one entry. After the first broken entry it only counts the rest.
 */
public final class ChainVerifier {

    private String previous;
    private long count;
    private BrokenEntry firstBroken;

    /** Takes the next entry in logSeq order. */
    public void accept(ChainedEntry entry) {
        count++;
        if (firstBroken != null) {
            return;
        }
        String problem = problemOf(entry, count);
        if (problem != null) {
            firstBroken = new BrokenEntry(entry.logSeq(), entry.describe(), problem);
            return;
        }
        previous = entry.hash();
    }

    /** The result once every entry was given; the head must point at the last one. A log never appended to has none. */
    public ChainVerification finish(LogHead head) {
        String headHash = head == null ? null : head.lastHash();
        if (firstBroken != null) {
            return new ChainVerification(false, count, headHash, firstBroken);
        }
        long headSeq = head == null ? 0 : head.lastSeq();
        if (headSeq != count || !equal(headHash, previous)) {
            return new ChainVerification(false, count, headHash, new BrokenEntry(headSeq, "log head",
                    "the head does not point at the last entry: entries are missing or were added outside the log"));
        }
        return new ChainVerification(true, count, previous, null);
    }

    /** Why the entry breaks the chain, or null; entries are numbered from 1 without gaps. */
    private String problemOf(ChainedEntry entry, long expectedSeq) {
        if (entry.logSeq() != expectedSeq) {
            return "expected entry " + expectedSeq + " but found " + entry.logSeq() + ": an entry is missing";
        }
        if (!equal(entry.previousHash(), previous)) {
            return "its previousHash does not match the entry before it";
        }
        if (!HashVersions.isKnown(entry.hashVersion())) {
            return "it claims hash version " + entry.hashVersion() + ", which this release does not know";
        }
        if (!CanonicalForm.hash(previous, entry.canonicalContent()).equals(entry.hash())) {
            return "its content does not match its hash: it was altered after it was written";
        }
        return null;
    }

    private static boolean equal(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
