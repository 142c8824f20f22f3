package io.remit.notification.sla.events;

import io.remit.notification.team.domain.ReplicaTeam;
import java.time.Instant;

/**
 * A deadline passed at the root, where there is no one above, and was renewed for another SLA period. Fired
 * synchronously inside the transaction that fired the breach, so the features that keep the escalation and remind
 * the root's leads do it in that same transaction.
 */
public record RootDeadlineRenewed(String escalationId, ReplicaTeam root, Instant dueAt) {
}
