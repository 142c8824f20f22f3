package io.remit.decision.team.service;

/** Fired inside the service when a team snapshot was applied to the replica, in the transaction that applied it. */
public record TeamReplicated(String teamId) {
}
