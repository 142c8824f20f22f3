package io.remit.decision.decision.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.remit.decision.decision.domain.DecisionRepository;
import io.remit.decision.decision.service.DecisionLifecycle;
import io.remit.decision.decision.service.DecisionService;
import io.remit.decision.decision.service.DecisionCommand;
import io.remit.decision.decision.service.DuplicateReferences;
import io.remit.decision.decision.service.IdempotentDecisions;
import io.remit.decision.escalation.domain.EscalationStatus;
import io.remit.decision.evaluation.Verdict;
import io.remit.decision.idempotency.IdempotencyStore.StoredResponse;
import io.remit.decision.shared.Caller;
import io.remit.decision.shared.QueryParams;
import io.remit.decision.team.service.TeamArrivals;
import io.remit.decision.team.service.TeamProblems;
import io.remit.platform.paging.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Decisions", description = "The decision log, evaluated against each team's remit")
public class DecisionResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final DecisionService decisions;
    private final DecisionLifecycle lifecycle;
    private final IdempotentDecisions idempotentDecisions;
    private final DuplicateReferences duplicates;
    private final TeamArrivals arrivals;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;
    /**
     * Writes the request as the idempotency record's fingerprint was always written, nulls included, so that records
     * kept from before absent values were omitted from responses still match their retries.
     */
    private final ObjectMapper fingerprints;

    DecisionResource(DecisionService decisions, DecisionLifecycle lifecycle, IdempotentDecisions idempotentDecisions,
            DuplicateReferences duplicates, TeamArrivals arrivals, SecurityIdentity identity, ObjectMapper mapper) {
        this.decisions = decisions;
        this.lifecycle = lifecycle;
        this.idempotentDecisions = idempotentDecisions;
        this.duplicates = duplicates;
        this.arrivals = arrivals;
        this.identity = identity;
        this.mapper = mapper;
        this.fingerprints = mapper.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }

    @POST
    @Operation(operationId = "logDecision",
            summary = "Log a decision", description = "Evaluates it against the team's boundary valid at "
            + "decidedAt, chains it into the team's log and, when it falls outside the remit, escalates it to the "
            + "nearest team above that holds the authority. Callers: a member or lead of the team, or the "
            + "integration role naming decidedBy. With an Idempotency-Key, a retry of the same request returns the "
            + "original response.")
    @APIResponse(responseCode = "201", description = "Logged; Location names the decision",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "404", description = TeamProblems.UNKNOWN_TEAM,
            headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = SchemaType.INTEGER)))
    @APIResponse(responseCode = "409", description = "Team archived, (source, externalRef) already logged (the "
            + "problem names the decision), or a request with the same Idempotency-Key still running")
    @APIResponse(responseCode = "422", description = "Budget currency differs from the boundary's, decidedAt out "
            + "of range, or the Idempotency-Key was used with another body")
    public Response recordDecision(
            @Parameter(description = "Makes retries safe: same key and body, same response (kept 24 h)")
            @HeaderParam(IDEMPOTENCY_KEY) @Size(max = 200) String idempotencyKey,
            @Valid @NotNull DecisionRequest request,
            @Context UriInfo uri) throws JsonProcessingException {
        Caller caller = Caller.of(identity);
        DecisionCommand command = request.toCommand();
        arrivals.awaitTeam(command.teamId());
        if (idempotencyKey == null) {
            DecisionView view = DecisionView.of(duplicates.refusingDuplicates(command,
                    () -> decisions.record(command, caller)));
            return Response.created(location(uri, view)).entity(view).build();
        }
        String requestJson = fingerprints.writeValueAsString(request);
        StoredResponse response = duplicates.refusingDuplicates(command, () -> idempotentDecisions.record(command,
                caller, idempotencyKey, requestJson, recorded -> {
                    DecisionView view = DecisionView.of(recorded);
                    // Kept relative to the base URI: an absolute URL would carry the Host the client sent.
                    return new StoredResponse(201, "decisions/" + view.id(), mapper.writeValueAsString(view));
                }));
        return Response.status(response.status()).location(absolute(uri, response.location()))
                .entity(response.body()).type(MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/evaluate")
    @Operation(operationId = "evaluateDecision",
            summary = "Ask whether a decision is within remit", description = "The verdict, reasons and would-be "
            + "escalation target the decision would get now. Nothing is stored. Any authenticated caller.")
    @APIResponse(responseCode = "200", description = "The verdict",
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "404", description = TeamProblems.UNKNOWN_TEAM,
            headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = SchemaType.INTEGER)))
    @APIResponse(responseCode = "409", description = "Team archived")
    @APIResponse(responseCode = "422", description = "Budget currency differs from the boundary's, or decidedAt out "
            + "of range")
    public EvaluationView evaluateDecision(@Valid @NotNull DecisionRequest request) {
        return EvaluationView.of(decisions.evaluate(request.toCommand()));
    }

    @GET
    @Operation(operationId = "listDecisions",
            summary = "List decisions", description = "Newest first, keyset-paginated. `status` filters by the "
            + "decision's own status, `escalationStatus` by the status of its escalation; `from`/`to` by "
            + "decidedAt (from inclusive, to exclusive). A page "
            + "stops before its titles and rationales pass 250,000 characters, so it may hold fewer than `limit` "
            + "decisions while `next` leads on: follow `next` until it is null.")
    @APIResponse(responseCode = "200", description = "One page of decisions")
    public Page<DecisionView> listDecisions(
            @Parameter(description = "Only decisions of this team") @QueryParam("teamId") String teamId,
            @Parameter(description = "Only decisions in this category") @QueryParam("category") String category,
            @Parameter(description = "Only decisions with this verdict",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"WITHIN_REMIT", "ESCALATED"}))
            @QueryParam("verdict") @Pattern(regexp = "WITHIN_REMIT|ESCALATED",
                    message = "must be WITHIN_REMIT or ESCALATED") String verdict,
            @Parameter(description = "Only decisions in this status",
                    schema = @Schema(type = SchemaType.STRING,
                            enumeration = {"PENDING", "IN_EFFECT", "REJECTED", "WITHDRAWN", "SUPERSEDED"}))
            @QueryParam("status") String status,
            @Parameter(description = "Only decisions whose escalation is in this status",
                    schema = @Schema(type = SchemaType.STRING,
                            enumeration = {"OPEN", "ACKNOWLEDGED", "APPROVED", "REJECTED", "WITHDRAWN"}))
            @QueryParam("escalationStatus") @Pattern(regexp = "OPEN|ACKNOWLEDGED|APPROVED|REJECTED|WITHDRAWN",
                    message = "must be OPEN, ACKNOWLEDGED, APPROVED, REJECTED or WITHDRAWN") String escalationStatus,
            @Parameter(description = "Only decisions made at or after this time (ISO-8601 UTC)",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                    example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "Only decisions made before this time (ISO-8601 UTC)",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                    example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to,
            @Parameter(description = "The id of the last decision of the previous page") @QueryParam("after")
            String after,
            @Parameter(description = Page.LIMIT_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = Page.MAX_LIMIT_TEXT, defaultValue = Page.DEFAULT_LIMIT_TEXT))
            @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        int size = Page.limit(limit);
        var filter = new DecisionRepository.Filter(teamId, category,
                verdict == null ? null : Verdict.valueOf(verdict),
                StatusFilter.decisionStatus(status),
                escalationStatus == null ? null : EscalationStatus.valueOf(escalationStatus),
                QueryParams.instant("from", from), QueryParams.instant("to", to));
        DecisionService.Listed listed = decisions.listDecisions(filter, after, size);
        return Page.of(listed.items(), listed.more(), size, r -> r.decision().id, DecisionView::of, uri);
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(operationId = "withdrawDecision",
            summary = "Withdraw a decision", description = "From PENDING or IN_EFFECT, with a reason. Allowed to "
            + "the person who decided or recorded it, a lead of the deciding team or their active delegate for the "
            + "decision's category (recorded with onBehalfOf), and governance. An open escalation ends WITHDRAWN: "
            + "its timers stop and its recipients are told. The act is one entry of the team's log.")
    @APIResponse(responseCode = "200", description = "The withdrawn decision",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "403", description = "Not allowed to withdraw it")
    @APIResponse(responseCode = "404", description = "No such decision")
    @APIResponse(responseCode = "409", description = "REJECTED, WITHDRAWN or SUPERSEDED already")
    public DecisionView withdrawDecision(@PathParam("id") String id, @Valid @NotNull WithdrawRequest request) {
        return DecisionView.of(lifecycle.withdraw(id, request.reason(), Caller.of(identity)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDecision", summary = "Read a decision", description = "With its verdict, the "
            + "boundary version behind it, its escalation if any and its place in the team's hash chain. Any "
            + "authenticated caller.")
    @APIResponse(responseCode = "200", description = "The decision",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "404", description = "No such decision")
    public DecisionView getDecision(@PathParam("id") String id) {
        return DecisionView.of(decisions.findDecision(id));
    }

    private static URI location(UriInfo uri, DecisionView view) {
        return uri.getBaseUriBuilder().path("decisions").path(view.id()).build();
    }

    /** A stored Location as this request's absolute URL; rows written before only the path was kept are absolute. */
    private static URI absolute(UriInfo uri, String storedLocation) {
        return uri.getBaseUri().resolve(URI.create(storedLocation));
    }
}
