package io.remit.notification.console;

import io.quarkus.qute.TemplateInstance;
import io.remit.platform.console.ConsoleViewLog;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who saw which of this service's console pages, for governance and auditors. */
@Path("/console/views")
@Produces(MediaType.TEXT_HTML)
public class ConsoleViewsResource {

    private final ConsoleViewLog views;

    ConsoleViewsResource(ConsoleViewLog views) {
        this.views = views;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance views(@QueryParam("after") String after) {
        return views.page(after);
    }
}
