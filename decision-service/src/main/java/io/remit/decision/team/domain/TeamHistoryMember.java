package io.remit.decision.team.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A user's role in one kept version of a team. */
@Entity
@Table(name = "team_history_member")
@IdClass(TeamHistoryMember.Key.class)
public class TeamHistoryMember {

    @Id
    @Column(name = "team_id")
    public String teamId;

    @Id
    public long version;

    @Id
    @Column(name = "user_id")
    public String userId;

    @Column(nullable = false, updatable = false)
    public String role;

    public boolean isLead() {
        return ReplicaMember.LEAD.equals(role);
    }

    public static class Key implements Serializable {
        public String teamId;
        public long version;
        public String userId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(teamId, key.teamId) && version == key.version
                    && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(teamId, version, userId);
        }
    }
}
