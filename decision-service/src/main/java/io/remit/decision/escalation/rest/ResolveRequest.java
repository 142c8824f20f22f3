package io.remit.decision.escalation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResolveRequest")
public record ResolveRequest(
        @NotNull @Pattern(regexp = "APPROVED|REJECTED", message = "must be APPROVED or REJECTED")
        @Schema(enumeration = {"APPROVED", "REJECTED"}, example = "APPROVED")
        String outcome,
        @NotBlank @Size(max = 2000)
        @Schema(example = "Approved: within the department's quarterly budget")
        String comment) {
}
