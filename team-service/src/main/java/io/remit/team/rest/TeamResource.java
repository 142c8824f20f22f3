package io.remit.team.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.Authenticated;
import io.remit.platform.paging.Page;
import io.remit.team.domain.Team;
import io.remit.team.domain.TeamStatus;
import io.remit.team.service.TeamProblems;
import io.remit.team.service.TeamService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Teams", description = "The organisation tree")
public class TeamResource {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";
    static final String WRITERS_ADMIN = "admin";
    static final String WRITERS_GOVERNANCE = "governance";

    private final TeamService teams;
    private final TeamMergePatch mergePatch;

    TeamResource(TeamService teams, TeamMergePatch mergePatch) {
        this.teams = teams;
        this.mergePatch = mergePatch;
    }

    @POST
    @RolesAllowed({WRITERS_ADMIN, WRITERS_GOVERNANCE})
    @Operation(operationId = "createTeam",
            summary = "Create a team", description = "Roles: admin or governance. The first team, the root, has no "
            + "parent; every later team needs one.")
    @APIResponse(responseCode = "201", description = "Created; Location names the team, ETag its version",
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "409", description = "The id is taken, or a root already exists")
    @APIResponse(responseCode = "413", description = "Request body too large")
    @APIResponse(responseCode = "422", description = "The parent does not exist or is archived")
    public Response createTeam(@Valid @NotNull TeamRequest request, @Context UriInfo uri) {
        Team team = teams.createTeam(request.toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(team.id).build())
                .tag(etagValue(team))
                .entity(TeamView.of(team))
                .build();
    }

    @GET
    @Operation(operationId = "listTeams",
            summary = "List teams", description = "Ordered by id, keyset-paginated; any authenticated caller.")
    @APIResponse(responseCode = "200", description = "One page of teams")
    public Page<TeamView> listTeams(
            @Parameter(description = "Only the direct children of this team") @QueryParam("parentId") String parentId,
            @Parameter(description = "Only teams with this status", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"ACTIVE", "SUSPENDED", "ARCHIVED"}))
            @QueryParam("status") @Pattern(regexp = "ACTIVE|SUSPENDED|ARCHIVED",
                    message = "must be ACTIVE, SUSPENDED or ARCHIVED") String status,
            @Parameter(description = "The id of the last team of the previous page") @QueryParam("after") String after,
            @Parameter(description = Page.LIMIT_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = Page.MAX_LIMIT_TEXT, defaultValue = Page.DEFAULT_LIMIT_TEXT))
            @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        int size = Page.limit(limit);
        List<Team> rows = teams.listTeams(parentId, status == null ? null : TeamStatus.valueOf(status), after,
                size + 1);
        return Page.of(rows, size, team -> team.id, TeamView::of, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTeam",
            summary = "Read a team", description = "The ETag header carries the version a PATCH must name.")
    @APIResponse(responseCode = "200", description = "The team",
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "404", description = "No such team")
    public Response getTeam(@PathParam("id") String id) {
        Team team = teams.findTeam(id);
        return Response.ok(TeamView.of(team)).tag(etagValue(team)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed({WRITERS_ADMIN, WRITERS_GOVERNANCE})
    @Operation(operationId = "updateTeam",
            summary = "Change a team", description = "A JSON merge patch (RFC 7396) of name, parentId, status "
            + "(ACTIVE or SUSPENDED), escalationSla and contacts; null removes an optional field. Requires If-Match "
            + "with the ETag from GET. Roles: admin or governance.")
    @APIResponse(responseCode = "200", description = "The changed team, with its new ETag",
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "404", description = "No such team")
    @APIResponse(responseCode = "409", description = "The move would create a cycle or a second root, or the team "
            + "is archived")
    @APIResponse(responseCode = "412", description = "The team changed since the ETag was read")
    @APIResponse(responseCode = "422", description = "Unknown or archived parent, the id changed, or status ARCHIVED")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response patchTeam(
            @PathParam("id") String id,
            @Parameter(description = "The ETag from GET /teams/{id}; a list of ETags, or `*` for whatever version is "
                    + "current", example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = TeamPatch.class),
                            example = TeamPatch.EXAMPLE),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamPatch.class),
                            example = TeamPatch.EXAMPLE)})
            String patch) throws JsonProcessingException {
        Team current = teams.findTeam(id);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw TeamProblems.ifMatchRequired();
        }
        if (!IfMatch.matches(ifMatch, etagValue(current))) {
            throw TeamProblems.stale(id);
        }
        TeamRequest wanted = mergePatch.apply(TeamRequest.of(current), patch);
        Team team = teams.updateTeam(id, current.version, wanted.toDraft());
        return Response.ok(TeamView.of(team)).tag(etagValue(team)).build();
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({WRITERS_ADMIN, WRITERS_GOVERNANCE})
    @Operation(operationId = "archiveTeam",
            summary = "Archive a team", description = "The team keeps its history but takes no new decisions; "
            + "teams under it must be archived or moved first. Archiving again changes nothing. "
            + "Roles: admin or governance.")
    @APIResponse(responseCode = "200", description = "The archived team",
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "404", description = "No such team")
    @APIResponse(responseCode = "409", description = "Active teams are still under it")
    public Response archiveTeam(@PathParam("id") String id) {
        Team team = teams.archiveTeam(id);
        return Response.ok(TeamView.of(team)).tag(etagValue(team)).build();
    }

    @GET
    @Path("/{id}/ancestors")
    @Operation(operationId = "listTeamAncestors",
            summary = "List the teams above a team", description = "Nearest first, up to the root; not the team "
            + "itself. One page: `next` is always null.")
    @APIResponse(responseCode = "200", description = "The ancestors")
    @APIResponse(responseCode = "404", description = "No such team")
    public Page<TeamView> listAncestors(@PathParam("id") String id) {
        return new Page<>(teams.findAncestors(id).stream().map(TeamView::of).toList(), null);
    }

    private static EntityTag etagValue(Team team) {
        return new EntityTag(String.valueOf(team.version));
    }
}
