package io.remit.decision.decision.rest;

import io.quarkus.security.Authenticated;
import io.remit.decision.decision.service.LogVerification;
import io.remit.decision.ledger.ChainVerification;
import io.remit.decision.team.service.TeamProblems;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/teams/{teamId}/decisions/verify")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Decisions")
public class TeamLogResource {

    private final LogVerification verification;

    TeamLogResource(LogVerification verification) {
        this.verification = verification;
    }

    @GET
    @Operation(operationId = "verifyTeamLog",
            summary = "Verify a team's decision log", description = "Recomputes the hash of every entry (each "
            + "decision and each state change of its escalation) in order. `valid` is false, with the first broken "
            + "entry, when any stored row was altered, removed or inserted outside the log.")
    @APIResponse(responseCode = "200", description = "The verification result",
            content = @Content(schema = @Schema(implementation = ChainVerification.class)))
    @APIResponse(responseCode = "404", description = TeamProblems.UNKNOWN_TEAM,
            headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = SchemaType.INTEGER)))
    public ChainVerification verifyLog(@PathParam("teamId") String teamId) {
        return verification.verify(teamId);
    }
}
