package io.remit.notification.escalation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One level of an escalation: the team it was routed to, and the team notified for it (a fallback or itself). */
@Entity
@Table(name = "escalation_route")
@IdClass(EscalationRoute.Key.class)
public class EscalationRoute {

    @Id
    @Column(name = "escalation_id")
    public String escalationId;

    @Id
    public int level;

    @Column(name = "target_team_id", nullable = false)
    public String targetTeamId;

    /** Null when neither the target nor any team above it has a lead or a channel. */
    @Column(name = "notified_team_id")
    public String notifiedTeamId;

    @Column(nullable = false)
    public boolean fallback;

    @Column(name = "routed_at", nullable = false)
    public Instant routedAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    /** The teams this level passed over and why, in decision-service's order; null when its event did not say. */
    @Convert(converter = SkippedTeamsConverter.class)
    public List<SkippedTeam> skipped;

    public static class Key implements Serializable {
        public String escalationId;
        public int level;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(escalationId, key.escalationId) && level == key.level;
        }

        @Override
        public int hashCode() {
            return Objects.hash(escalationId, level);
        }
    }
}
