package io.remit.notification.escalation.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remit.notification.escalation.service.Inbox;
import io.remit.notification.escalation.service.InboxEscalations;
import io.remit.platform.console.Console;
import io.remit.platform.console.Viewer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The console's home and the viewer's inbox: the open escalations that wait for the viewer's answer, as a lead, a
 * delegate or a recipient of their current level, overdue first. Everyone signed in has both; governance and auditors
 * find their audit pages from the home page.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class InboxPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Viewer viewer, Inbox inbox);

        static native TemplateInstance inbox(Inbox inbox);
    }

    private final Console console;
    private final InboxEscalations inboxes;

    InboxPages(Console console, InboxEscalations inboxes) {
        this.console = console;
        this.inboxes = inboxes;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance home() {
        Viewer viewer = console.viewer();
        Inbox inbox = inboxes.of(viewer.id(), Instant.now());
        console.recordView("home");
        return Templates.home(viewer, inbox);
    }

    @GET
    @Path("/inbox")
    @Operation(hidden = true)
    public TemplateInstance inbox() {
        Viewer viewer = console.viewer();
        Inbox inbox = inboxes.of(viewer.id(), Instant.now());
        console.recordView("inbox");
        return Templates.inbox(inbox);
    }
}
