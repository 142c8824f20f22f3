package io.remit.decision.decision.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WithdrawRequest", description = "Why the decision is withdrawn")
public record WithdrawRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "The vendor withdrew its offer")
        String reason) {
}
