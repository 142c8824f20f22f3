package io.remit.team.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A delegation as a client asks for it. {@code delegator} and {@code validFrom} may be absent (the calling lead, and
 * now); {@code categories} may be empty (all). The service checks the rest.
 */
public record DelegationDraft(
        String delegator,
        String delegate,
        Instant validFrom,
        Instant validUntil,
        List<String> categories,
        String reason) {

    public DelegationDraft {
        // A copy that keeps null elements, so the service can name them as invalid categories.
        categories = categories == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(categories));
    }
}
