package io.remit.notification.audit.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remit.notification.audit.service.AuditListing;
import io.remit.notification.audit.service.AuditRow;
import io.remit.notification.audit.service.AuditService;
import io.remit.platform.console.Console;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The escalations list of the console, for governance and auditors: every filter in the URL, the population's count
 * and budget sums per currency, and keyset pages of the newest first. It reads through the audit's own service and
 * query, the same as {@code GET /audit/escalations}, so a filter means the same on the page and in the API.
 */
@Path(EscalationListForm.PATH)
public class ConsoleEscalationsResource {

    static final int PAGE_SIZE = 50;

    private final Console console;
    private final AuditService audit;

    ConsoleEscalationsResource(Console console, AuditService audit) {
        this.console = console;
        this.audit = audit;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(EscalationListForm form, ListFigures figures, List<ListedEscalation> rows,
                String next, EscalationListForm.ApiLink api);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance list(@Context UriInfo uri) {
        console.requireAudit();
        Instant now = Instant.now();
        EscalationListForm form = EscalationListForm.read(uri.getQueryParameters(), console.zone(), now);
        console.recordView("escalations list");
        AuditListing listing = audit.listing(form.filter(), PAGE_SIZE + 1);
        boolean more = listing.rows().size() > PAGE_SIZE;
        List<AuditRow> shown = more ? listing.rows().subList(0, PAGE_SIZE) : listing.rows();
        String next = more ? form.nextLink(shown.get(shown.size() - 1).record().id) : null;
        return Templates.list(form, ListFigures.of(listing.summary()),
                shown.stream().map(row -> ListedEscalation.of(row, now)).toList(), next, form.apiLink());
    }
}
