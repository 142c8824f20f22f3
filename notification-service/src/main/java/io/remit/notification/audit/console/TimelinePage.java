package io.remit.notification.audit.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remit.notification.audit.service.TrailReading;
import io.remit.notification.audit.service.TrailReadings;
import io.remit.platform.console.Console;
import io.remit.platform.console.Viewer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An escalation's timeline: its decision, why it escalated, each routing level, every notification with its delivery
 * attempts, the answers and the end, in sections and as one chronological list. Governance and auditors see all of
 * it; a lead, delegate or recipient of the escalation sees it without other recipients' delivery details
 * ({@link TrailReadings}); anyone else gets a 403 page, and an unknown escalation a 404 page.
 */
@Path("/console/escalations")
@Produces(MediaType.TEXT_HTML)
public class TimelinePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeline(TrailReading reading, boolean overdue, String decisionPage);
    }

    private final Console console;
    private final TrailReadings readings;

    TimelinePage(Console console, TrailReadings readings) {
        this.console = console;
        this.readings = readings;
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public TemplateInstance timeline(@PathParam("id") String id) {
        Viewer viewer = console.viewer();
        Instant now = Instant.now();
        TrailReading reading = readings.read(id, viewer.id(), viewer.canAudit(), now);
        console.recordView("escalation " + id);
        return Templates.timeline(reading, reading.trail().overdue(now),
                console.decisions("/console/decisions/" + reading.trail().record().decisionId));
    }
}
