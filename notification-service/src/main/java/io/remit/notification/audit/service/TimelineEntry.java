package io.remit.notification.audit.service;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditTimelineEntry", description = "One step in the life of an escalation")
public record TimelineEntry(
        @Schema(description = "When it happened", example = "2026-11-23T10:15:30.125087Z") Instant at,
        TimelineStep what,
        @Schema(description = "What happened, for people", example = "Level 1 routed to team finance, due "
                + "2026-11-23T18:15:30.123456Z; notified team finance") String detail) {
}
