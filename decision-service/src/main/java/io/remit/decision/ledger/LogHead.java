package io.remit.decision.ledger;

/** Where a team's log ends: the sequence number and hash of its last entry (0 and null while it is empty). */
public interface LogHead {

    long lastSeq();

    String lastHash();

    /** Moves the head to a newly appended entry. */
    void moveTo(long seq, String hash);
}
