package io.remit.team.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /teams/{id}} as the contract states it: an RFC 7396 merge patch, so every field is
 * optional, an absent field keeps its value and null removes it. Only the contract uses this record; the resource
 * applies the patch to the team's {@link TeamRequest} and validates the result as a create does.
 */
@Schema(name = "TeamPatch", description = "A JSON merge patch of a team: absent fields are kept, null removes one")
public record TeamPatch(
        @Schema(description = "The new name; it cannot be removed", minLength = 1, maxLength = 200, pattern = "\\S",
                example = "Payments & Billing")
        String name,
        @Schema(nullable = true, pattern = TeamRequest.SLUG, example = "finance", description = "The new parent; "
                + "null makes the team the root, refused while another root exists")
        String parentId,
        @Schema(nullable = true)
        Status status,
        @Schema(nullable = true, example = "PT4H", description = "How long an escalation to this team may stay "
                + "unanswered before it moves up (ISO-8601, 1 second to 365 days); null restores the default PT24H")
        String escalationSla,
        @Schema(nullable = true)
        ContactsPatch contacts) {

    static final String EXAMPLE = "{\"name\": \"Payments & Billing\", \"contacts\": {\"webhookUrl\": null}}";

    /** The statuses a patch may set; null in their place restores ACTIVE. */
    @Schema(name = "TeamPatchStatus", description = "ACTIVE or SUSPENDED (archive with POST /teams/{id}/archive); "
            + "null restores ACTIVE")
    public enum Status {
        ACTIVE, SUSPENDED
    }

    @Schema(name = "ContactsPatch", description = "A JSON merge patch of a team's contacts; null in its place removes "
            + "both")
    public record ContactsPatch(
            @Schema(nullable = true, format = "email", maxLength = 320, example = "payments-leads@example.org",
                    description = "null removes it")
            String email,
            @Schema(nullable = true, format = "uri", pattern = "^https?://.+", maxLength = 2000,
                    example = "https://hooks.example.org/remit", description = "null removes it")
            String webhookUrl) {
    }
}
