package io.remit.team.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of {@code POST /teams/{id}/delegations/{delegationId}/revoke}. */
@Schema(name = "RevokeRequest")
public record RevokeRequest(
        @Size(max = 2000)
        @Schema(description = "Why it ends early; shown to the same people as the delegation's reason",
                example = "Back from leave early")
        String reason) {
}
