package io.remit.decision.authority.rest;

import io.remit.decision.authority.service.TeamAuthority;
import io.remit.decision.boundary.rest.BoundaryView;
import io.remit.decision.team.domain.TeamHistoryDelegation;
import io.remit.decision.team.domain.TeamHistoryMember;
import io.remit.decision.team.service.TeamHistoryService.KeptTeam;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeamAuthority", description = "Who could decide what for a team at one instant: its own boundaries "
        + "in force then, and who held lead authority in it and in each team above it (leads, and delegates standing "
        + "in for them), as this service's authority history kept the team snapshots it applied")
public record TeamAuthorityView(
        @Schema(example = "payments") String teamId,
        @Schema(description = "The instant asked about (now when none was given)",
                example = "2026-11-23T10:00:00Z") Instant at,
        @Schema(description = "false when the instant lies before the team's history began: `team` is then null and "
                + "`ancestors` empty, since nobody can tell who held authority then") boolean recorded,
        @Schema(description = "When this service began keeping the team's history: its first snapshot's time, or, "
                + "for a team replicated before the history existed, when the history was introduced",
                example = "2026-11-20T08:00:00Z") Instant historyBegins,
        @Schema(description = "The team at the instant; null when not recorded") TeamAt team,
        @Schema(description = "The teams above it at the instant, nearest first, ending at the root, or at the first "
                + "one whose history had not begun then (recorded false)") List<TeamAt> ancestors,
        @Schema(description = "The team's own boundary versions in force at the instant, one per category")
        List<BoundaryView> boundaries) {

    @Schema(name = "TeamAtInstant", description = "One team as the snapshot valid at the instant described it")
    public record TeamAt(
            @Schema(example = "finance") String teamId,
            @Schema(description = "false when its history had not begun at the instant; the other fields are then "
                    + "null or empty") boolean recorded,
            @Schema(description = "The team snapshot version valid at the instant", example = "7") Long version,
            @Schema(description = "When that version took effect (its event's time)") Instant validFrom,
            @Schema(description = "null for the root") String parentId,
            @Schema(description = "As team-service published it: ACTIVE, SUSPENDED, ARCHIVED, ...",
                    example = "ACTIVE") String status,
            @Schema(description = "ISO-8601 duration", example = "PT8H") String escalationSla,
            @Schema(description = "Its leads, who hold its authority in every category", example = "[\"dana\"]")
            List<String> leads,
            @Schema(description = "The delegations that snapshot carried (neither revoked nor over when it was "
                    + "taken)") List<DelegationAt> delegations) {

        static TeamAt of(String teamId, KeptTeam kept, Instant at) {
            if (kept == null) {
                return new TeamAt(teamId, false, null, null, null, null, null, List.of(), List.of());
            }
            Set<String> leads = kept.members().stream().filter(TeamHistoryMember::isLead).map(m -> m.userId)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            return new TeamAt(teamId, true, kept.team().version, kept.team().validFrom, kept.team().parentId,
                    kept.team().status, kept.team().escalationSla().toString(), List.copyOf(leads),
                    kept.delegations().stream().map(d -> DelegationAt.of(d, leads, at)).toList());
        }
    }

    @Schema(name = "DelegationAtInstant", description = "A lead's authority lent to a delegate")
    public record DelegationAt(
            String id,
            @Schema(example = "dana") String delegator,
            @Schema(example = "deputy") String delegate,
            Instant validFrom,
            @Schema(description = "Exclusive") Instant validUntil,
            @Schema(description = "Category slugs it covers; empty means every category", example = "[\"spend\"]")
            List<String> categories,
            @Schema(description = "Whether the delegate stood in for the delegator at the instant: validFrom <= at < "
                    + "validUntil and the delegator a lead of the team then") boolean activeAt) {

        static DelegationAt of(TeamHistoryDelegation d, Set<String> leads, Instant at) {
            boolean active = !at.isBefore(d.validFrom) && at.isBefore(d.validUntil) && leads.contains(d.delegator);
            return new DelegationAt(d.delegationId, d.delegator, d.delegate, d.validFrom, d.validUntil,
                    d.categoryList(), active);
        }
    }

    static TeamAuthorityView of(TeamAuthority authority) {
        Instant at = authority.at();
        return new TeamAuthorityView(authority.teamId(), at, authority.recorded(), authority.historyBegins(),
                authority.recorded() ? TeamAt.of(authority.teamId(), authority.team(), at) : null,
                authority.ancestors().stream().map(level -> TeamAt.of(level.teamId(), level.kept(), at)).toList(),
                authority.boundaries().stream().map(BoundaryView::of).toList());
    }
}
