package io.remit.decision.team.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A user's role in a team, as team-service last published it. */
@Entity
@Table(name = "team_replica_member")
@IdClass(ReplicaMember.Key.class)
public class ReplicaMember {

    public static final String LEAD = "LEAD";

    @Id
    @Column(name = "team_id")
    public String teamId;

    @Id
    @Column(name = "user_id")
    public String userId;

    /** MEMBER or LEAD as team-service wrote it; text, so a role added later never breaks the replica. */
    @Column(nullable = false)
    public String role;

    public boolean isLead() {
        return LEAD.equals(role);
    }

    public static class Key implements Serializable {
        public String teamId;
        public String userId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(teamId, key.teamId) && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(teamId, userId);
        }
    }
}
