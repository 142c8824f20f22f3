package io.remit.decision.authority.rest;

import io.quarkus.security.Authenticated;
import io.remit.decision.authority.service.TeamAuthorityService;
import io.remit.decision.shared.QueryParams;
import io.remit.decision.team.service.TeamProblems;
import io.remit.platform.problem.Problem;
import io.remit.platform.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/teams/{teamId}/authority")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Authority", description = "Who could decide what, at any instant since the history began")
public class TeamAuthorityResource {

    /** RFC 3339, which every time in the answer follows, writes years with four digits. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    private final TeamAuthorityService authority;

    TeamAuthorityResource(TeamAuthorityService authority) {
        this.authority = authority;
    }

    @GET
    @Operation(operationId = "getTeamAuthority",
            summary = "Read who could decide what for a team at an instant", description = "The team's own "
            + "boundaries in force at `at`, and who held lead authority in it and in each team above it: the leads, "
            + "and the delegations with whether each was active then. Answered from the team snapshots this service "
            + "applied, each valid from its event's time. Before the team's history began the answer says so "
            + "(`recorded` false, with `historyBegins`). Any authenticated caller.")
    @APIResponse(responseCode = "200", description = "The authority at the instant",
            content = @Content(schema = @Schema(implementation = TeamAuthorityView.class)))
    @APIResponse(responseCode = "400", description = "`at` is not an ISO-8601 UTC time, or lies before year 1")
    @APIResponse(responseCode = "404", description = TeamProblems.UNKNOWN_TEAM,
            headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = SchemaType.INTEGER)))
    @APIResponse(responseCode = "422", description = "`at` lies in the future (beyond the tolerated clock skew): "
            + "nobody can tell yet who will hold authority then")
    public TeamAuthorityView getTeamAuthority(
            @PathParam("teamId") String teamId,
            @Parameter(description = "The instant, ISO-8601 UTC; now when absent",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time", example = "2026-11-23T10:00:00Z"))
            @QueryParam("at") String at) {
        Instant instant = QueryParams.instant("at", at);
        if (instant != null && instant.isBefore(EARLIEST)) {
            String message = "must lie in year 1 or later";
            throw new ProblemException(400, "validation", "Request is not valid", "at: " + message,
                    List.of(new Problem.FieldError("at", message)));
        }
        return TeamAuthorityView.of(authority.authorityAt(teamId, instant));
    }
}
