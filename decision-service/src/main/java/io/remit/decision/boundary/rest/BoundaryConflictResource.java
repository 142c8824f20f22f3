package io.remit.decision.boundary.rest;

import io.quarkus.security.Authenticated;
import io.remit.decision.boundary.service.BoundaryService;
import io.remit.decision.evaluation.NestingConflict;
import io.remit.platform.paging.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/boundaries/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Boundaries")
public class BoundaryConflictResource {

    private final BoundaryService boundaries;

    BoundaryConflictResource(BoundaryService boundaries) {
        this.boundaries = boundaries;
    }

    @GET
    @Operation(operationId = "listBoundaryConflicts",
            summary = "List boundaries that exceed an ancestor's", description = "Writes never create such a "
            + "conflict, but moving a team to another parent can. Ordered by team, ancestor and category; one page.")
    @APIResponse(responseCode = "200", description = "The conflicts in force now")
    public Page<NestingConflict> listConflicts() {
        return new Page<>(boundaries.listConflicts(), null);
    }
}
