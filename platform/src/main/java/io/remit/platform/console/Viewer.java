package io.remit.platform.console;

import java.util.Set;
import java.util.TreeSet;

/**
 * The person signed in to the console: their user id (the token's {@code sub}) and global roles. Team memberships
 * come from each service's registry or replica, as for the APIs.
 */
public record Viewer(String id, Set<String> roles) {

    public static final String GOVERNANCE = "governance";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    public static final String INTEGRATION = "integration";

    /** The global roles a token may carry, in the order the console lists them. */
    public static final Set<String> GLOBAL_ROLES = Set.of(GOVERNANCE, ADMIN, INTEGRATION, AUDITOR);

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean governance() {
        return has(GOVERNANCE);
    }

    public boolean auditor() {
        return has(AUDITOR);
    }

    public boolean admin() {
        return has(ADMIN);
    }

    /** Governance and auditors read every audit page; auditors change nothing. */
    public boolean canAudit() {
        return governance() || auditor();
    }

    /** The roles as the page shows them, sorted; "member" for none. */
    public String rolesText() {
        return roles.isEmpty() ? "no global role" : String.join(", ", new TreeSet<>(roles));
    }
}
