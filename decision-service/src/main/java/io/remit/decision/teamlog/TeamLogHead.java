package io.remit.decision.teamlog;

import io.remit.decision.ledger.LogHead;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last entry of a team's log. Locking this row serialises a team's appends into one chain. */
@Entity
@Table(name = "team_log_head")
public class TeamLogHead implements LogHead {

    @Id
    @Column(name = "team_id")
    public String teamId;

    @Column(name = "last_seq", nullable = false)
    public long lastSeq;

    @Column(name = "last_hash")
    public String lastHash;

    @Override
    public long lastSeq() {
        return lastSeq;
    }

    @Override
    public String lastHash() {
        return lastHash;
    }

    @Override
    public void moveTo(long seq, String hash) {
        lastSeq = seq;
        lastHash = hash;
    }
}
