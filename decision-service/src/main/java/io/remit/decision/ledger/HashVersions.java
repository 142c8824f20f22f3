package io.remit.decision.ledger;

/**
 * The versions of the canonical form (DESIGN "Authority over time" 6). Each entry stores the version it was hashed
 * at and is always read back at that version, so a field added later never changes an earlier entry's text.
 * <ul>
 * <li>1: the fields of the first release, then {@code onBehalfOf}, {@code basis} and {@code skipped} (escalation
 * steps) only when present, as named pairs.</li>
 * <li>2: the fields of version 1, the number 2, then every field the entry kind names for version 2 as
 * {@code [name, value]} pairs, nulls included, in a fixed order.</li>
 * </ul>
 */
public final class HashVersions {

    /** What entries written before versions existed are, and stay. */
    public static final int FIRST = 1;

    /** The version new entries are written at. */
    public static final int CURRENT = 2;

    private HashVersions() {
    }

    public static boolean isKnown(int version) {
        return version >= FIRST && version <= CURRENT;
    }
}
