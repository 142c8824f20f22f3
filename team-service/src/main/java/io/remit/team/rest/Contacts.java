package io.remit.team.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.URL;

@Schema(description = "Where escalations for the team are sent besides its leads' inboxes")
public record Contacts(
        @Email @Size(max = 320)
        @Schema(example = "payments-leads@example.org")
        String email,
        @URL(regexp = "^https?://.+") @Size(max = 2000)
        @Schema(description = "Receives each escalation as a signed CloudEvent", format = "uri",
                pattern = "^https?://.+", example = "https://hooks.example.org/remit")
        String webhookUrl) {
}
