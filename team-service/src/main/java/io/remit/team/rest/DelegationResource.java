package io.remit.team.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.remit.platform.paging.Page;
import io.remit.team.service.Caller;
import io.remit.team.service.DelegationReading;
import io.remit.team.service.DelegationService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/teams/{id}/delegations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Delegations", description = "A lead's authority lent to a delegate for a period")
public class DelegationResource {

    static final String REASON_NOTE = " The reason is shown only to the delegator, the delegate, the team's leads, "
            + "governance and auditors; for anyone else it is absent.";

    private final DelegationService delegations;
    private final SecurityIdentity identity;

    DelegationResource(DelegationService delegations, SecurityIdentity identity) {
        this.delegations = delegations;
        this.identity = identity;
    }

    @POST
    @Operation(operationId = "createDelegation", summary = "Delegate a lead's authority in the team",
            description = "A LEAD of the team delegates their own authority (delegator absent or themselves); admin "
            + "and governance record one for any LEAD of the team, whom they must name. Anyone else may not "
            + "delegate (403), a delegate included: a delegate cannot delegate further. The period starts at "
            + "validFrom (default now, never in the past), ends before validUntil and lasts at most 90 days; "
            + "categories limit it (none: all). It moves the team's version on, so the team's ETag changes, and "
            + "publishes remit.team.delegations-changed.v1.")
    @APIResponse(responseCode = "201", description = "Delegated; Location names the delegation",
            content = @Content(schema = @Schema(implementation = DelegationView.class)))
    @APIResponse(responseCode = "404", description = "No such team")
    @APIResponse(responseCode = "409", description = "The team is archived, the same delegator already lends to the "
            + "same delegate for an overlapping period (`delegation-overlaps`, naming it), or the team has 100 "
            + "delegations scheduled or in force")
    @APIResponse(responseCode = "422", description = "A delegation to oneself; of someone else's authority by a lead; "
            + "without a delegator from admin or governance; for a delegator who is not a LEAD of the team (or only "
            + "a delegate there); starting in the past; ending before it starts; longer than the limit; with "
            + "categories that are not distinct slugs or more than 50")
    public Response createDelegation(@PathParam("id") String teamId, @Valid @NotNull DelegationRequest request,
            @Context UriInfo uri) {
        DelegationReading created = delegations.createDelegation(teamId, caller(), request.toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(created.delegation().id).build())
                .entity(DelegationView.of(created)).build();
    }

    @GET
    @Operation(operationId = "listTeamDelegations", summary = "List a team's delegations",
            description = "Newest first, keyset-paginated, revoked and expired ones included; any authenticated "
            + "caller." + REASON_NOTE)
    @APIResponse(responseCode = "200", description = "One page of delegations")
    @APIResponse(responseCode = "404", description = "No such team")
    public Page<DelegationView> listDelegations(
            @PathParam("id") String teamId,
            @Parameter(description = "The id of the last delegation of the previous page") @QueryParam("after")
            String after,
            @Parameter(description = Page.LIMIT_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = Page.MAX_LIMIT_TEXT, defaultValue = Page.DEFAULT_LIMIT_TEXT))
            @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        int size = Page.limit(limit);
        return Page.of(delegations.listDelegationsOfTeam(teamId, after, size + 1, caller()), size,
                r -> r.delegation().id, DelegationView::of, uri);
    }

    @GET
    @Path("/{delegationId}")
    @Operation(operationId = "getDelegation", summary = "Read a delegation",
            description = "Any authenticated caller." + REASON_NOTE)
    @APIResponse(responseCode = "200", description = "The delegation",
            content = @Content(schema = @Schema(implementation = DelegationView.class)))
    @APIResponse(responseCode = "404", description = "No such team, or no such delegation in it")
    public DelegationView getDelegation(@PathParam("id") String teamId,
            @PathParam("delegationId") String delegationId) {
        return DelegationView.of(delegations.findDelegation(teamId, delegationId, caller()));
    }

    @POST
    @Path("/{delegationId}/revoke")
    @Operation(operationId = "revokeDelegation", summary = "End a delegation early",
            description = "By its delegator, its delegate (who renounces it), admin or governance; a scheduled one "
            + "then never starts. It moves the team's version on and publishes remit.team.delegations-changed.v1, "
            + "whose snapshot no longer carries it.")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = RevokeRequest.class),
            example = "{\"reason\": \"Back from leave early\"}"))
    @APIResponse(responseCode = "200", description = "The revoked delegation",
            content = @Content(schema = @Schema(implementation = DelegationView.class)))
    @APIResponse(responseCode = "404", description = "No such team, or no such delegation in it")
    @APIResponse(responseCode = "409", description = "Already revoked or expired, or the team is archived")
    public DelegationView revokeDelegation(@PathParam("id") String teamId,
            @PathParam("delegationId") String delegationId, @Valid RevokeRequest request) {
        return DelegationView.of(delegations.revokeDelegation(teamId, delegationId, caller(),
                request == null ? null : request.reason()));
    }

    private Caller caller() {
        return new Caller(identity.getPrincipal().getName(), identity.getRoles());
    }
}
