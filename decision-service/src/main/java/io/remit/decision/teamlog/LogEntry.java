package io.remit.decision.teamlog;

import io.remit.decision.ledger.ChainedEntry;
import io.remit.decision.ledger.HashVersions;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns every entry of a team's log has: its team, its place in the chain and its hashes. Decisions and
 * escalation steps add their own content and say how it reads canonically.
 */
@MappedSuperclass
public abstract class LogEntry implements ChainedEntry {

    @Column(name = "team_id", nullable = false, updatable = false)
    public String teamId;

    @Column(name = "log_seq", nullable = false, updatable = false)
    public long logSeq;

    @Column(nullable = false, updatable = false)
    public String hash;

    @Column(name = "previous_hash", updatable = false)
    public String previousHash;

    /** The canonical form this entry was hashed at (HashVersions); a loaded entry keeps its stored version. */
    @Column(name = "hash_version", nullable = false, updatable = false)
    public int hashVersion = HashVersions.CURRENT;

    @Override
    public void place(long logSeq, String previousHash) {
        this.logSeq = logSeq;
        this.previousHash = previousHash;
    }

    @Override
    public void seal(String hash) {
        this.hash = hash;
    }

    @Override
    public String teamId() {
        return teamId;
    }

    @Override
    public long logSeq() {
        return logSeq;
    }

    @Override
    public String hash() {
        return hash;
    }

    @Override
    public String previousHash() {
        return previousHash;
    }

    @Override
    public int hashVersion() {
        return hashVersion;
    }
}
