package io.remit.notification.notification.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.remit.notification.notification.domain.NotificationStatus;
import io.remit.notification.notification.service.InboxService;
import io.remit.platform.paging.Page;
import jakarta.validation.constraints.Pattern;
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

@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Notifications", description = "The escalation inbox of each lead and delegate, and every notification "
        + "for governance and auditors")
public class NotificationResource {

    static final String GOVERNANCE = "governance";
    static final String AUDITOR = "auditor";

    private final InboxService inbox;
    private final SecurityIdentity identity;

    NotificationResource(InboxService inbox, SecurityIdentity identity) {
        this.inbox = inbox;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listNotifications",
            summary = "List notifications", description = "Newest first, keyset-paginated. A user sees their own "
            + "inbox, a delegate's notifications naming the lead in `onBehalfOf`; governance and auditors see every "
            + "notification of every channel (filter with `recipient`).")
    @APIResponse(responseCode = "200", description = "One page of notifications")
    public Page<NotificationView> listNotifications(
            @Parameter(description = "A user id, email address or webhook URL; others than yourself need governance "
                    + "or auditor")
            @QueryParam("recipient") String recipient,
            @Parameter(description = "Only notifications in this status: UNREAD or READ in the inbox; PENDING, "
                    + "DELIVERED or FAILED by email or webhook", schema = @Schema(type = SchemaType.STRING,
                            enumeration = {"UNREAD", "READ", "PENDING", "DELIVERED", "FAILED"}))
            @QueryParam("status") @Pattern(regexp = "UNREAD|READ|PENDING|DELIVERED|FAILED",
                    message = "must be UNREAD, READ, PENDING, DELIVERED or FAILED") String status,
            @Parameter(description = "Only notifications about this escalation")
            @QueryParam("escalationId") String escalationId,
            @Parameter(description = "The id of the last notification of the previous page") @QueryParam("after")
            String after,
            @Parameter(description = Page.LIMIT_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = Page.MAX_LIMIT_TEXT, defaultValue = Page.DEFAULT_LIMIT_TEXT))
            @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        int size = Page.limit(limit);
        var rows = inbox.list(reader(), recipient, status == null ? null : NotificationStatus.valueOf(status),
                escalationId, after, size + 1);
        return Page.of(rows, size, n -> n.id, NotificationView::of, uri);
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one of your inbox notifications as read",
            description = "UNREAD → READ, stamping readAt; marking a READ one again changes nothing. Only its "
                    + "recipient may: governance, who can see others' notifications, gets 403 for them, and an "
                    + "auditor, who changes nothing, gets 403 for every one.")
    @APIResponse(responseCode = "200", description = "The notification",
            content = @Content(schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "404", description = "No such inbox notification of yours")
    public NotificationView markRead(@PathParam("id") String id) {
        return NotificationView.of(inbox.markRead(reader(), id));
    }

    private InboxService.Reader reader() {
        boolean auditor = identity.hasRole(AUDITOR);
        return new InboxService.Reader(identity.getPrincipal().getName(), auditor || identity.hasRole(GOVERNANCE),
                auditor);
    }
}
