package io.remit.decision.decision.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remit.decision.decision.rest.DecisionView;
import io.remit.decision.decision.service.DecisionService;
import io.remit.decision.decision.service.DecisionStatusHistory;
import io.remit.decision.escalation.domain.Escalation;
import io.remit.decision.escalation.rest.EscalationView;
import io.remit.decision.escalation.service.EscalationService;
import io.remit.decision.team.service.TeamDirectory;
import io.remit.platform.console.Console;
import io.remit.platform.console.ConsoleViewLog;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A decision's page (DESIGN, Faces): its record, verdict, status and how it came to it, its lifecycle links and its
 * escalation, read-only. Decisions are readable by everyone signed in, as through the API, and the page reads them
 * through the same services the API does. Also the log of who viewed this service's console pages.
 */
@Path("/console/decisions")
@Produces(MediaType.TEXT_HTML)
public class DecisionPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance decision(DecisionPage page);
    }

    private final Console console;
    private final DecisionService decisions;
    private final DecisionStatusHistory statuses;
    private final EscalationService escalations;
    private final TeamDirectory directory;
    private final ConsoleViewLog viewLog;

    DecisionPageResource(Console console, DecisionService decisions, DecisionStatusHistory statuses,
            EscalationService escalations, TeamDirectory directory, ConsoleViewLog viewLog) {
        this.console = console;
        this.decisions = decisions;
        this.statuses = statuses;
        this.escalations = escalations;
        this.directory = directory;
        this.viewLog = viewLog;
    }

    /** Who saw which console page of this service, for governance and auditors (the platform checks the role). */
    @GET
    @Path("/views")
    @Operation(hidden = true)
    public TemplateInstance views(@QueryParam("after") String after) {
        return viewLog.page(after);
    }

    /** Any signed-in person; an id no decision has, whatever its form, is the 404 page. */
    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public TemplateInstance decision(@PathParam("id") String id) {
        console.viewer();
        DecisionService.Recorded recorded = decisions.findDecision(id);
        Escalation escalation = recorded.escalation();
        DecisionPage page = new DecisionPage(DecisionView.of(recorded), directory.nameOf(recorded.decision().teamId),
                statuses.of(recorded.decision()), escalation == null ? null : EscalationView.of(escalation,
                        escalations.findHistory(escalation.id), escalations.findVotes(escalation)));
        console.recordView("decision " + id);
        return Templates.decision(page);
    }
}
