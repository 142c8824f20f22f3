package io.remit.team.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remit.platform.console.Console;
import io.remit.platform.console.ConsoleViewLog;
import io.remit.platform.console.Viewer;
import io.remit.platform.problem.ProblemException;
import io.remit.team.service.Caller;
import io.remit.team.service.OrganisationService;
import io.remit.team.service.OrganisationTree;
import io.remit.team.service.TeamPortrait;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The organisation on the console: the tree of every team, one team with its members and delegations, and the log
 * of who viewed these pages. Any signed-in person reads the first two, as the API lets them; a delegation's reason
 * only reaches those the delegation rules show it to. Pages are HTML for people, so they stay out of the contract.
 */
@Path("/console/teams")
@Produces(MediaType.TEXT_HTML)
public class TeamConsoleResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance organisation(OrganisationTree tree, boolean withArchived);

        static native TemplateInstance team(TeamPortrait portrait, TeamLinks links);
    }

    private final Console console;
    private final ConsoleViewLog viewLog;
    private final OrganisationService organisation;

    TeamConsoleResource(Console console, ConsoleViewLog viewLog, OrganisationService organisation) {
        this.console = console;
        this.viewLog = viewLog;
        this.organisation = organisation;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance organisation(@QueryParam("archived") String archived) {
        console.viewer();
        boolean withArchived = flag("archived", archived, true);
        OrganisationTree tree = organisation.readOrganisation(withArchived);
        console.recordView("organisation");
        return Templates.organisation(tree, withArchived);
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public TemplateInstance team(@PathParam("id") String id) {
        Viewer viewer = console.viewer();
        TeamPortrait portrait = organisation.readTeam(id, new Caller(viewer.id(), viewer.roles()));
        String teamId = portrait.team().id;
        console.recordView("team " + teamId);
        TeamLinks links = new TeamLinks(console.decisions("/console/logs/" + teamId),
                console.notifications("/console/escalations?team=" + teamId + "&subtree=true"));
        return Templates.team(portrait, links);
    }

    /** Who viewed the organisation's pages, for governance and auditors; the log checks the role itself. */
    @GET
    @Path("/-/views")
    @Operation(hidden = true)
    public TemplateInstance views(@QueryParam("after") String after) {
        return viewLog.page(after);
    }

    /** A yes/no query parameter: absent means {@code absent}, anything but true or false is a 400. */
    private static boolean flag(String name, String value, boolean absent) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new ProblemException(400, "invalid-query", "Invalid query parameter",
                "'" + name + "' must be true or false");
    }
}
