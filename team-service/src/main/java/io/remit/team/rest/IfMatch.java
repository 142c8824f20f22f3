package io.remit.team.rest;

import jakarta.ws.rs.core.EntityTag;

/**
 * The If-Match precondition of RFC 9110 (section 13.1.1): {@code *} matches any current version, otherwise one of a
 * comma-separated list of entity tags must equal the current one by strong comparison (a weak tag never matches).
 */
final class IfMatch {

    private IfMatch() {
    }

    static boolean matches(String header, EntityTag current) {
        String value = header.trim();
        if (value.equals("*")) {
            return true;
        }
        String wanted = current.toString();
        for (String tag : value.split(",")) {
            if (tag.trim().equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
