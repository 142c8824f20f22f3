package io.remit.decision.boundary.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.remit.decision.boundary.service.BoundaryService;
import io.remit.decision.team.service.TeamArrivals;
import io.remit.decision.team.service.TeamProblems;
import io.remit.platform.paging.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/teams/{teamId}/boundaries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Boundaries", description = "What each team may decide on its own")
public class BoundaryResource {

    static final String CATEGORY = "^[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$";

    private final BoundaryService boundaries;
    private final SecurityIdentity identity;
    private final TeamArrivals arrivals;

    BoundaryResource(BoundaryService boundaries, SecurityIdentity identity, TeamArrivals arrivals) {
        this.boundaries = boundaries;
        this.identity = identity;
        this.arrivals = arrivals;
    }

    @PUT
    @Path("/{category}")
    @RolesAllowed("governance")
    @Operation(operationId = "putBoundary",
            summary = "Set a team's boundary for a category", description = "Writes a new immutable version "
            + "(numbered from 1) that takes over at validFrom. It may not exceed the boundary of any ancestor for the "
            + "same category, nor may any descendant's exceed it. Role: governance.")
    @APIResponse(responseCode = "201", description = "The category's first version",
            content = @Content(schema = @Schema(implementation = BoundaryView.class)))
    @APIResponse(responseCode = "200", description = "A later version",
            content = @Content(schema = @Schema(implementation = BoundaryView.class)))
    @APIResponse(responseCode = "404", description = TeamProblems.UNKNOWN_TEAM,
            headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = SchemaType.INTEGER)))
    @APIResponse(responseCode = "409", description = "The team is archived, or the boundary would exceed an "
            + "ancestor's or be exceeded by a descendant's (the problem names the other team and the dimension)")
    @APIResponse(responseCode = "422", description = "Currency differs from a related boundary's, validFrom in the "
            + "past or before a scheduled version")
    public Response writeBoundary(
            @PathParam("teamId") String teamId,
            @PathParam("category") @Pattern(regexp = CATEGORY, message = "must be a slug such as 'spend'")
            String category,
            @Valid @NotNull BoundaryRequest request,
            @Context UriInfo uri) {
        arrivals.awaitTeam(teamId);
        var written = boundaries.writeVersion(teamId, category, request.toDraft(), identity.getPrincipal().getName());
        BoundaryView view = BoundaryView.of(written.boundary());
        return written.first()
                ? Response.created(uri.getAbsolutePathBuilder().path("versions").build()).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Operation(operationId = "listTeamBoundaries",
            summary = "List a team's current boundaries", description = "For each category, the version in "
            + "force now. One page: `next` is always null.")
    @APIResponse(responseCode = "200", description = "The boundaries in force")
    @APIResponse(responseCode = "404", description = TeamProblems.UNKNOWN_TEAM,
            headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = SchemaType.INTEGER)))
    public Page<BoundaryView> listCurrent(@PathParam("teamId") String teamId) {
        return new Page<>(boundaries.listCurrent(teamId).stream().map(BoundaryView::of).toList(), null);
    }

    @GET
    @Path("/{category}/versions")
    @Operation(operationId = "listBoundaryVersions",
            summary = "List every version of a team's boundary for a category", description = "Oldest first. "
            + "One page: `next` is always null.")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", description = TeamProblems.UNKNOWN_TEAM,
            headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = SchemaType.INTEGER)))
    public Page<BoundaryView> listVersions(@PathParam("teamId") String teamId,
            @PathParam("category") String category) {
        return new Page<>(boundaries.listVersions(teamId, category).stream().map(BoundaryView::of).toList(), null);
    }
}
