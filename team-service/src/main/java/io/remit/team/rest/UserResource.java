package io.remit.team.rest;

import io.quarkus.security.Authenticated;
import io.remit.platform.paging.Page;
import io.remit.team.service.MembershipService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/users/{userId}/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Members")
public class UserResource {

    private final MembershipService memberships;

    UserResource(MembershipService memberships) {
        this.memberships = memberships;
    }

    @GET
    @Operation(operationId = "listUserTeams",
            summary = "List the teams a user belongs to", description = "Ordered by team id, keyset-paginated; "
            + "an unknown user simply has no teams.")
    @APIResponse(responseCode = "200", description = "One page of memberships")
    public Page<MembershipView> listTeamsOfUser(
            @PathParam("userId") String userId,
            @Parameter(description = "The team id of the last membership of the previous page")
            @QueryParam("after") String after,
            @Parameter(description = Page.LIMIT_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = Page.MAX_LIMIT_TEXT, defaultValue = Page.DEFAULT_LIMIT_TEXT))
            @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        int size = Page.limit(limit);
        return Page.of(memberships.listTeamsOfUser(userId, after, size + 1), size, m -> m.teamId,
                MembershipView::of, uri);
    }
}
