package io.remit.decision.shared;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;

/** Who is calling: the token's subject and global roles. Team roles come from the replica, never from the token. */
public record Caller(String userId, Set<String> roles) {

    public static final String GOVERNANCE = "governance";
    public static final String INTEGRATION = "integration";

    public static Caller of(SecurityIdentity identity) {
        return new Caller(identity.getPrincipal().getName(), identity.getRoles());
    }

    public boolean isGovernance() {
        return roles.contains(GOVERNANCE);
    }

    public boolean isIntegration() {
        return roles.contains(INTEGRATION);
    }
}
