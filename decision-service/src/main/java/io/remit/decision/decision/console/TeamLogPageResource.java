package io.remit.decision.decision.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remit.decision.config.LedgerConfig;
import io.remit.decision.decision.service.LogVerification;
import io.remit.decision.decision.service.TeamLogReading;
import io.remit.decision.ledger.ChainVerification;
import io.remit.platform.console.Console;
import io.remit.platform.problem.Problem;
import io.remit.platform.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A team's decision log (DESIGN, Faces), latest entry first, 50 a page, with the verification of its hash chain by the
 * same code as {@code GET /teams/{id}/decisions/verify}. Any signed-in person may read it.
 *
 * <p>A page costs the same at any depth of the log (keyset on the log's index, see {@link TeamLogReading}); a
 * verification reads every entry. So the first page verifies the chain on sight only up to
 * {@code remit.ledger.console-verify-up-to} entries, where that stays quick; a longer log, or a later page, is
 * verified when the viewer asks ({@code ?verify=true}), and its streaming read keeps memory flat at any length.
 */
@Path("/console/logs")
@Produces(MediaType.TEXT_HTML)
public class TeamLogPageResource {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(TeamLogPage page);
    }

    private final Console console;
    private final TeamLogReading reading;
    private final LogVerification verification;
    private final LedgerConfig config;

    TeamLogPageResource(Console console, TeamLogReading reading, LogVerification verification, LedgerConfig config) {
        this.console = console;
        this.reading = reading;
        this.verification = verification;
        this.config = config;
    }

    @GET
    @Path("/{teamId}")
    @Operation(hidden = true)
    public TemplateInstance log(@PathParam("teamId") String teamId, @QueryParam("after") String after,
            @QueryParam("verify") String verify) {
        console.viewer();
        Long before = position(after);
        boolean asked = verifyAsked(verify);
        TeamLogReading.Page log = reading.page(teamId, before, PAGE_SIZE);
        boolean onSight = before == null && log.length() <= config.consoleVerifyUpTo();
        ChainVerification verified = asked || onSight ? verification.verify(teamId) : null;
        String next = log.nextBefore() == null ? null : "/console/logs/" + teamId + "?after=" + log.nextBefore();
        console.recordView("log of team " + teamId);
        return Templates.log(new TeamLogPage(log, verified, config.consoleVerifyUpTo(), next));
    }

    /** {@code after}: the place of the last entry of the previous page, a whole number from 1. */
    private static Long position(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            long place = Long.parseLong(after.trim());
            if (place >= 1) {
                return place;
            }
        } catch (NumberFormatException notANumber) {
            // the same refusal as a number out of range
        }
        throw invalid("after", "must be the place of an entry of the log, a whole number from 1");
    }

    private static boolean verifyAsked(String verify) {
        if (verify == null || verify.isBlank() || verify.equals("false")) {
            return false;
        }
        if (verify.equals("true")) {
            return true;
        }
        throw invalid("verify", "must be true or false");
    }

    private static ProblemException invalid(String parameter, String message) {
        return new ProblemException(400, "validation", "Request is not valid", parameter + ": " + message,
                List.of(new Problem.FieldError(parameter, message)));
    }
}
