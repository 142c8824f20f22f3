package io.remit.notification.team.events;

/**
 * A snapshot carrying delegations reached the replica. Fired synchronously inside the transaction that wrote it, so
 * a delegation that is active from now on shows its delegate the open escalations it covers in that same transaction
 * (features above this one observe it).
 */
public record DelegationsReplicated(String teamId) {
}
