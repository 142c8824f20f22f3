package io.remit.decision.ledger;

/**
 * A row of a team's log: a decision, or a state change of its escalation. Its hash covers its canonical content and
 * the previous entry's hash, so changing any stored row breaks the chain from there on.
 */
public interface ChainedEntry {

    String teamId();

    long logSeq();

    String hash();

    String previousHash();

    /** The version of the canonical form the entry was hashed at (HashVersions). */
    int hashVersion();

    /** The content the hash covers, canonical so that H2 and PostgreSQL give the same text (see CanonicalForm). */
    String canonicalContent();

    /** Sets the entry's position: its sequence number in the team's log and the hash of the entry before it. */
    void place(long logSeq, String previousHash);

    /** Sets the entry's own hash, once its content is complete. */
    void seal(String hash);

    /** What kind of entry it is and its id, for a verification report. */
    String describe();
}
