package io.remit.notification.audit.rest;

import io.remit.notification.audit.service.TimelineEntry;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EscalationTrail", description = "The whole trail of one escalation")
public record EscalationTrailView(
        @Schema(description = "The escalation with its routes, breaches and notifications")
        EscalationAuditView escalation,
        @Schema(description = "Every step, oldest first: opened, each routing, each notification and delivery "
                + "attempt, reads, acknowledgement, missed deadlines, resolution") List<TimelineEntry> timeline) {
}
