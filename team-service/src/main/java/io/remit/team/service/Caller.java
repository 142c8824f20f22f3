package io.remit.team.service;

import java.util.Set;

/** Who is calling: the token's subject and its global roles. Team roles come from the registry, never the token. */
public record Caller(String userId, Set<String> roles) {

    public static final String ADMIN = "admin";
    public static final String GOVERNANCE = "governance";
    public static final String AUDITOR = "auditor";

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** admin and governance record delegations for any lead, and revoke any. */
    public boolean actsForAnyLead() {
        return roles.contains(ADMIN) || roles.contains(GOVERNANCE);
    }

    /** The auditor role reads what governance reads and changes nothing, whatever else its holder may be. */
    public boolean isReadOnly() {
        return roles.contains(AUDITOR);
    }

    /** governance and auditors read everything, reasons included. */
    public boolean readsEverything() {
        return roles.contains(GOVERNANCE) || roles.contains(AUDITOR);
    }
}
