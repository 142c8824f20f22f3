package io.remit.decision.ledger;

/** Appends entries to a hash chain: each entry's hash covers its content and the hash of the entry before it. */
public final class HashChain {

    private HashChain() {
    }

    /** Places an entry after the head, seals it with its hash, and moves the head to it. */
    public static void append(LogHead head, ChainedEntry entry) {
        entry.place(head.lastSeq() + 1, head.lastHash());
        String hash = CanonicalForm.hash(head.lastHash(), entry.canonicalContent());
        entry.seal(hash);
        head.moveTo(entry.logSeq(), hash);
    }
}
