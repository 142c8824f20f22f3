package io.remit.notification.team.events;

/**
 * A team reached the replica for the first time. Fired synchronously inside the transaction that wrote it, so what
 * waited for the team is handled in that same transaction, by features above this one that observe it.
 */
public record TeamArrived(String teamId) {
}
