package io.remit.notification.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A message about an escalation to one recipient over one channel. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    public String id;

    @Column(name = "escalation_id", nullable = false)
    public String escalationId;

    @Column(name = "decision_id", nullable = false)
    public String decisionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    /** A user id (inbox), an email address or a webhook URL. */
    @Column(nullable = false)
    public String recipient;

    /** For a delegate's inbox notification: the lead whose authority they hold; null for a lead's own. */
    @Column(name = "on_behalf_of")
    public String onBehalfOf;

    /**
     * "escalation id/level/user id" for an ESCALATED inbox notification, unique: a user hears of an escalation's
     * level once, however many writers (routing, delegation catch-up on any replica) try; "escalation
     * id/withdrawn/user id" for a WITHDRAWN one, so a user hears of a withdrawal once. Null for the others.
     */
    @Column(name = "inbox_key")
    public String inboxKey;

    /** The team notified: the escalation's target, or the ancestor it fell back to. */
    @Column(name = "team_id", nullable = false)
    public String teamId;

    @Column(nullable = false)
    public int level;

    @Column(nullable = false)
    public boolean fallback;

    @Column(nullable = false)
    public String title;

    @Column(name = "deciding_team_id", nullable = false)
    public String decidingTeamId;

    @Column(name = "reasons", nullable = false)
    public String reasonsText;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    /**
     * The CloudEvent this notification is about, which a webhook receives as it is: decision.escalated, or for a
     * WITHDRAWN notice escalation.withdrawn.
     */
    @Column(nullable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** Set while one instance delivers it, so two replicas never send it at the same time. */
    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "read_at")
    public Instant readAt;

    /** A WITHDRAWN notice's reason, as decision-service gave it; null for the other kinds. */
    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    /** A WITHDRAWN notice about a superseded decision: the successor decision's id. */
    @Column(name = "superseded_by")
    public String supersededBy;

    public List<String> reasons() {
        return reasonsText.isEmpty() ? List.of() : Arrays.asList(reasonsText.split("\n"));
    }
}
