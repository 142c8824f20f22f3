package io.remit.team.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.remit.platform.paging.Page;
import io.remit.team.service.Caller;
import io.remit.team.service.DelegationService;
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

@Path("/users/{userId}/delegations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Delegations")
public class UserDelegationResource {

    private final DelegationService delegations;
    private final SecurityIdentity identity;

    UserDelegationResource(DelegationService delegations, SecurityIdentity identity) {
        this.delegations = delegations;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listUserDelegations", summary = "List the delegations a user gave or received",
            description = "Those where the user is the delegator or the delegate, in every team; newest first, "
            + "keyset-paginated, revoked and expired ones included. Any authenticated caller; an unknown user simply "
            + "has none." + DelegationResource.REASON_NOTE)
    @APIResponse(responseCode = "200", description = "One page of delegations")
    public Page<DelegationView> listDelegationsOfUser(
            @PathParam("userId") String userId,
            @Parameter(description = "The id of the last delegation of the previous page") @QueryParam("after")
            String after,
            @Parameter(description = Page.LIMIT_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = Page.MAX_LIMIT_TEXT, defaultValue = Page.DEFAULT_LIMIT_TEXT))
            @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        int size = Page.limit(limit);
        return Page.of(delegations.listDelegationsOfUser(userId, after, size + 1,
                new Caller(identity.getPrincipal().getName(), identity.getRoles())), size, r -> r.delegation().id,
                DelegationView::of, uri);
    }
}
