package io.remit.notification.audit.rest;

import io.remit.notification.audit.service.AuditService;
import io.remit.notification.audit.service.AuditTimeline;
import io.remit.notification.audit.service.EscalationTrail;
import io.remit.platform.paging.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/audit/escalations")
@RolesAllowed({AuditResource.GOVERNANCE, AuditResource.AUDITOR})
@Tag(name = "Audit", description = "The escalation audit trail, for governance and auditors (read only): every "
        + "escalation with its routing, notifications, delivery attempts, acknowledgement, missed deadlines and "
        + "resolution")
public class AuditResource {

    static final String GOVERNANCE = "governance";
    /** The global role that reads everything governance reads and changes nothing; the audit is all reads. */
    static final String AUDITOR = "auditor";
    static final String TEXT_CSV = "text/csv";
    static final MediaType CSV_UTF8 = new MediaType("text", "csv", "UTF-8");

    private final AuditService audit;

    AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV})
    @Operation(operationId = "listAuditEscalations",
            summary = "Audit escalations", description = "Governance and auditors. Newest first (by escalation id, a "
            + "UUIDv7), keyset-paginated, each escalation with its routes, notifications and their delivery attempts, "
            + "acknowledgement, resolution and missed deadlines. With `Accept: text/csv`: one RFC 4180 row per "
            + "escalation after a header row, and the next page in a `Link: <url>; rel=\"next\"` header. A field "
            + "holding `,` `;`, a tab, a quote or a line break is quoted; a `'` goes before = + - @, a tab or CR "
            + "at the start of a field and after every `,` `;`, tab or line break in it, so no spreadsheet, "
            + "whatever its list separator, runs it as a formula.")
    @APIResponse(responseCode = "200", description = "One page of escalations",
            headers = @Header(name = "Link", description = "CSV only: `<url>; rel=\"next\"` when another page exists "
                    + "(the same URL as `next` in JSON)", schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EscalationAuditPage.class)),
                    @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                            example = EscalationAuditCsv.EXAMPLE)})
    public Response listEscalations(
            @Parameter(description = "Only escalations opened at or after this time (ISO-8601 UTC)",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                    example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "Only escalations opened before this time (ISO-8601 UTC)",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                    example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to,
            @Parameter(description = "Only escalations decided by this team or routed to it at any level",
                    example = "payments")
            @QueryParam("teamId") String teamId,
            @Parameter(description = "Only escalations in this status",
                    schema = @Schema(type = SchemaType.STRING,
                            enumeration = {"OPEN", "ACKNOWLEDGED", "APPROVED", "REJECTED"}))
            @QueryParam("status") String status,
            @Parameter(description = "true: only unresolved escalations past their deadline; false: only the others",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("overdue") String overdue,
            @Parameter(description = "The id of the last escalation of the previous page") @QueryParam("after")
            String after,
            @Parameter(description = Page.LIMIT_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = Page.MAX_LIMIT_TEXT, defaultValue = Page.DEFAULT_LIMIT_TEXT))
            @QueryParam("limit") String limit,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        AuditParams.Request request = AuditParams.read(from, to, teamId, status, overdue, after, limit);
        Instant now = request.filter().now();
        Page<EscalationAuditView> page = Page.of(audit.list(request.filter(), request.limit() + 1), request.limit(),
                trail -> trail.record().id, trail -> EscalationAuditView.of(trail, now), uri);
        if (wantsCsv(headers)) {
            Response.ResponseBuilder csv = Response.ok(EscalationAuditCsv.write(page.items()), CSV_UTF8);
            if (page.next() != null) {
                csv.header("Link", "<" + page.next() + ">; rel=\"next\"");
            }
            return csv.build();
        }
        return Response.ok(new EscalationAuditPage(page.items(), page.next()), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getEscalationTrail",
            summary = "Read the trail of one escalation", description = "Governance and auditors. The escalation "
            + "with its routes (by level, each with the teams it skipped), notifications with their delivery "
            + "attempts, and missed deadlines, plus one chronological timeline of everything that happened to it.")
    @APIResponse(responseCode = "200", description = "The escalation's trail",
            content = @Content(schema = @Schema(implementation = EscalationTrailView.class)))
    @APIResponse(responseCode = "404", description = "No such escalation has been recorded")
    public EscalationTrailView escalationTrail(
            @Parameter(description = "The escalation id", example = "01a207e7-524b-7166-8b9d-2434e465e150")
            @PathParam("id") String id) {
        EscalationTrail trail = audit.trail(id);
        return new EscalationTrailView(EscalationAuditView.of(trail, Instant.now()), AuditTimeline.of(trail));
    }

    /**
     * CSV when the client prefers it to JSON; JSON for anything else, including a missing Accept or
     * {@code *}/{@code *}.
     */
    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(CSV_UTF8)) {
                return true;
            }
        }
        return false;
    }
}
