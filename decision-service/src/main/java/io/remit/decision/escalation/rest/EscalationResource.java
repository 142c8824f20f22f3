package io.remit.decision.escalation.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.remit.decision.escalation.domain.Escalation;
import io.remit.decision.escalation.domain.EscalationStatus;
import io.remit.decision.escalation.service.EscalationService;
import io.remit.decision.evaluation.Quorum;
import io.remit.decision.shared.Caller;
import io.remit.platform.paging.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/escalations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Escalations", description = "Decisions outside a team's remit, routed to the authority above")
public class EscalationResource {

    private final EscalationService escalations;
    private final SecurityIdentity identity;

    EscalationResource(EscalationService escalations, SecurityIdentity identity) {
        this.escalations = escalations;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listEscalations",
            summary = "List escalations", description = "Newest first, keyset-paginated. History and routes are "
            + "left out (empty lists); read one escalation for them.")
    @APIResponse(responseCode = "200", description = "One page of escalations")
    public Page<EscalationView> listEscalations(
            @Parameter(description = "Only those waiting on this team") @QueryParam("targetTeamId") String target,
            @Parameter(description = "Only escalations in this status",
                    schema = @Schema(type = SchemaType.STRING,
                            enumeration = {"OPEN", "ACKNOWLEDGED", "APPROVED", "REJECTED"}))
            @QueryParam("status") @Pattern(regexp = "OPEN|ACKNOWLEDGED|APPROVED|REJECTED",
                    message = "must be OPEN, ACKNOWLEDGED, APPROVED or REJECTED") String status,
            @Parameter(description = "The id of the last escalation of the previous page") @QueryParam("after")
            String after,
            @Parameter(description = Page.LIMIT_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = Page.MAX_LIMIT_TEXT, defaultValue = Page.DEFAULT_LIMIT_TEXT))
            @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        int size = Page.limit(limit);
        var rows = escalations.listEscalations(target, status == null ? null : EscalationStatus.valueOf(status),
                after, size + 1);
        return Page.of(rows, size, e -> e.id, e -> EscalationView.of(e, java.util.List.of()), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEscalation", summary = "Read an escalation with its history", description = "Its "
            + "current state; its routes, oldest first, each naming the teams that routing level passed over and why; "
            + "and, oldest first, every step it took (opened, acknowledged, moved up, resolved, ...). Any "
            + "authenticated caller.")
    @APIResponse(responseCode = "200", description = "The escalation",
            content = @Content(schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "404", description = "No such escalation")
    public EscalationView getEscalation(@PathParam("id") String id) {
        return view(escalations.findEscalation(id));
    }

    @POST
    @Path("/{id}/acknowledge")
    @Operation(operationId = "acknowledgeEscalation",
            summary = "Acknowledge an escalation", description = "OPEN → ACKNOWLEDGED; the deadline moves on by "
            + "one SLA period. Allowed to leads of the target team or a team above it, to their active delegates "
            + "for the decision's category (the step then records onBehalfOf, the lead stood in for), and to "
            + "governance; never to the person who decided or recorded the decision, nor to members of the deciding "
            + "team, nor to a delegate standing in for one of them (403 separation-of-duties). Judged at the instant "
            + "of the act; the auditor role grants nothing.")
    @APIResponse(responseCode = "200", description = "The acknowledged escalation",
            content = @Content(schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "404", description = "No such escalation")
    @APIResponse(responseCode = "409", description = "Not OPEN")
    public EscalationView acknowledge(@PathParam("id") String id) {
        return view(escalations.acknowledge(id, Caller.of(identity)));
    }

    @POST
    @Path("/{id}/resolve")
    @Operation(operationId = "resolveEscalation",
            summary = "Approve or reject an escalation", description = "From OPEN or ACKNOWLEDGED, with a "
            + "comment. Same authority rules as acknowledging, judged again at this instant: a delegation that "
            + "ended, was revoked or whose delegator is no longer a lead no longer counts.")
    @APIResponse(responseCode = "200", description = "The resolved escalation",
            content = @Content(schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "404", description = "No such escalation")
    @APIResponse(responseCode = "403", description = "Not eligible (separation-of-duties, no-authority)")
    @APIResponse(responseCode = "409", description = "Already resolved or withdrawn (escalation-transition); the "
            + "caller, or the lead they stand in for or their delegate, has already voted (already-voted)")
    public EscalationView resolve(@PathParam("id") String id, @Valid @NotNull ResolveRequest request) {
        return view(escalations.resolve(id, Caller.of(identity), EscalationStatus.valueOf(request.outcome()),
                request.comment()));
    }

    @POST
    @Path("/{id}/votes")
    @Operation(operationId = "voteOnEscalation",
            summary = "Vote to approve or reject an escalation", description = "From OPEN or ACKNOWLEDGED, with a "
            + "comment, by anyone who may resolve it (judged at this instant; separation of duties applies to each "
            + "vote). Each person votes once and cannot change it; a delegate and the lead they stand in for share "
            + "one vote. The escalation is APPROVED when the approvals at its level reach approvalsRequired, "
            + "REJECTED at the first rejection; a first vote that leaves it open acknowledges it. Governance votes "
            + "like anyone, without override. POST /resolve is the same vote.")
    @APIResponse(responseCode = "200", description = "The escalation after the vote",
            content = @Content(schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "403", description = "Not eligible (separation-of-duties, no-authority)")
    @APIResponse(responseCode = "404", description = "No such escalation")
    @APIResponse(responseCode = "409", description = "Already resolved or withdrawn (escalation-transition); the "
            + "caller, or the lead they stand in for or their delegate, has already voted (already-voted)")
    public EscalationView vote(@PathParam("id") String id, @Valid @NotNull ResolveRequest request) {
        return view(escalations.vote(id, Caller.of(identity), Quorum.Outcome.valueOf(request.outcome()),
                request.comment()));
    }

    private EscalationView view(Escalation escalation) {
        return EscalationView.of(escalation, escalations.findHistory(escalation.id),
                escalations.findVotes(escalation));
    }
}
