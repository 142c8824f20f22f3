package io.remit.notification.audit.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EscalationAuditPage", description = "One page of audited escalations, newest first")
public record EscalationAuditPage(
        List<EscalationAuditView> items,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "URL of the next page, or null on the last page", nullable = true,
                example = "/audit/escalations?teamId=payments&after=01a207e7-524b-7166-8b9d-2434e465e150&limit=50")
        String next) {
}
