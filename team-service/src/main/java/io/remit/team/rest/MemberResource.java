package io.remit.team.rest;

import io.quarkus.security.Authenticated;
import io.remit.platform.paging.Page;
import io.remit.team.service.MembershipService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/teams/{teamId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Members", description = "Who belongs to a team, as member or lead")
public class MemberResource {

    static final String USER_ID = "^(?!\\.{1,2}$)[A-Za-z0-9._@:+-]{1,200}$";
    static final String USER_ID_MESSAGE = "must be 1-200 letters, digits or . _ @ : + -, and not . or ..";

    private final MembershipService memberships;

    MemberResource(MembershipService memberships) {
        this.memberships = memberships;
    }

    @GET
    @Operation(operationId = "listTeamMembers",
            summary = "List a team's members", description = "Ordered by user id, keyset-paginated.")
    @APIResponse(responseCode = "200", description = "One page of memberships")
    @APIResponse(responseCode = "404", description = "No such team")
    public Page<MembershipView> listMembers(
            @PathParam("teamId") String teamId,
            @Parameter(description = "The user id of the last member of the previous page")
            @QueryParam("after") String after,
            @Parameter(description = Page.LIMIT_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = Page.MAX_LIMIT_TEXT, defaultValue = Page.DEFAULT_LIMIT_TEXT))
            @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        int size = Page.limit(limit);
        return Page.of(memberships.listMembers(teamId, after, size + 1), size, m -> m.userId, MembershipView::of, uri);
    }

    @PUT
    @Path("/{userId}")
    @RolesAllowed({TeamResource.WRITERS_ADMIN, TeamResource.WRITERS_GOVERNANCE})
    @Operation(operationId = "putMembership",
            summary = "Add a member or change their role", description = "Roles: admin or governance.")
    @APIResponse(responseCode = "201", description = "The user joined the team",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "200", description = "The user's role is as requested",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "404", description = "No such team")
    @APIResponse(responseCode = "409", description = "The team is archived, or already has its most members (1,000)")
    public Response putMember(
            @PathParam("teamId") String teamId,
            @PathParam("userId") @Pattern(regexp = USER_ID, message = USER_ID_MESSAGE) String userId,
            @Valid @NotNull MembershipRequest request,
            @Context UriInfo uri) {
        var put = memberships.putMember(teamId, userId, request.role());
        MembershipView view = MembershipView.of(put.membership());
        return put.created()
                ? Response.created(uri.getAbsolutePath()).entity(view).build()
                : Response.ok(view).build();
    }

    @DELETE
    @Path("/{userId}")
    @RolesAllowed({TeamResource.WRITERS_ADMIN, TeamResource.WRITERS_GOVERNANCE})
    @Operation(operationId = "removeMembership",
            summary = "Remove a member", description = "Roles: admin or governance.")
    @APIResponse(responseCode = "204", description = "The user left the team")
    @APIResponse(responseCode = "404", description = "No such team or member")
    @APIResponse(responseCode = "409", description = "The team is archived")
    public void removeMember(@PathParam("teamId") String teamId, @PathParam("userId") String userId) {
        memberships.removeMember(teamId, userId);
    }
}
