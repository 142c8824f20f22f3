package io.remit.team.service;

import io.remit.platform.ids.TimeOrderedIds;
import io.remit.team.config.DelegationConfig;
import io.remit.team.domain.Delegation;
import io.remit.team.domain.DelegationRepository;
import io.remit.team.domain.MembershipRepository;
import io.remit.team.domain.Team;
import io.remit.team.domain.TeamRepository;
import io.remit.team.events.TeamEventPublisher;
import io.remit.team.events.TeamEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Delegation (DESIGN, Authority over time, rule 1): a lead lends their own authority in a team to a delegate for a
 * period, optionally for some categories only; admin and governance record one for any lead. Every create and revoke
 * locks the team's row first, so writes to one team's delegations take turns and each checks what the one before it
 * committed; then it moves the team's version on and publishes the team's snapshot with its delegations.
 */
@ApplicationScoped
@Transactional
public class DelegationService {

    /**
     * Delegations a team may have scheduled or in force at once. Each travels in every snapshot of the team, which must
     * stay well inside what the outbox stores for one event (1,000,000 characters): 100 with the longest ids and 50
     * of the longest categories take about 370,000, beside the 250,000 of a full team's members.
     */
    public static final int MAX_IN_FORCE = 100;

    private final TeamRepository teams;
    private final MembershipRepository memberships;
    private final DelegationRepository delegations;
    private final TeamEventPublisher events;
    private final DelegationConfig config;

    DelegationService(TeamRepository teams, MembershipRepository memberships, DelegationRepository delegations,
            TeamEventPublisher events, DelegationConfig config) {
        this.teams = teams;
        this.memberships = memberships;
        this.delegations = delegations;
        this.events = events;
        this.config = config;
    }

    public DelegationReading createDelegation(String teamId, Caller caller, DelegationDraft draft) {
        Team team = lockTeam(teamId);
        refuseReadOnly(caller);
        Instant now = now();
        Set<String> leads = memberships.findLeads(teamId);
        String delegator = delegatorFor(team, caller, draft.delegator(), leads, now);
        if (team.isArchived()) {
            throw TeamProblems.teamArchived(teamId);
        }
        if (delegator.equals(draft.delegate())) {
            throw DelegationProblems.selfDelegation();
        }
        Instant validFrom = startOf(draft.validFrom(), now);
        Instant validUntil = draft.validUntil().truncatedTo(ChronoUnit.MICROS);
        if (!validUntil.isAfter(validFrom)) {
            throw DelegationProblems.endsBeforeItStarts();
        }
        if (Duration.between(validFrom, validUntil).compareTo(config.maxDuration()) > 0) {
            throw DelegationProblems.tooLong(config.maxDuration().toString());
        }
        var categoryErrors = DelegationRules.categoryErrors(draft.categories());
        if (!categoryErrors.isEmpty()) {
            throw DelegationProblems.invalidCategories(categoryErrors);
        }
        delegations.findInForce(teamId, delegator, draft.delegate(), now).stream()
                .filter(existing -> existing.overlaps(validFrom, validUntil)).findFirst().ifPresent(existing -> {
                    throw DelegationProblems.overlaps(existing.id);
                });
        if (delegations.countInForce(teamId, now) >= MAX_IN_FORCE) {
            throw DelegationProblems.tooMany(teamId, MAX_IN_FORCE);
        }

        Delegation delegation = new Delegation();
        delegation.id = TimeOrderedIds.next();
        delegation.teamId = teamId;
        delegation.delegator = delegator;
        delegation.delegate = draft.delegate();
        delegation.validFrom = validFrom;
        delegation.validUntil = validUntil;
        delegation.categories(draft.categories());
        delegation.reason = draft.reason();
        delegation.createdBy = caller.userId();
        delegation.createdAt = now;
        delegations.persist(delegation);
        team.touch();
        events.publish(TeamEvents.DELEGATIONS_CHANGED, team);
        return reading(delegation, caller, leads, now);
    }

    /**
     * Ends a delegation now. Its delegator, its delegate (who may renounce it), admin and governance may; a revoked or
     * expired one cannot be revoked again (409).
     */
    public DelegationReading revokeDelegation(String teamId, String delegationId, Caller caller, String reason) {
        Team team = lockTeam(teamId);
        Delegation delegation = delegations.findInTeam(teamId, delegationId)
                .orElseThrow(() -> DelegationProblems.notFound(teamId, delegationId));
        refuseReadOnly(caller);
        boolean party = caller.userId().equals(delegation.delegator) || caller.userId().equals(delegation.delegate);
        if (!party && !caller.actsForAnyLead()) {
            throw DelegationProblems.notYours();
        }
        if (team.isArchived()) {
            throw TeamProblems.teamArchived(teamId);
        }
        Instant now = now();
        if (delegation.isRevoked()) {
            throw DelegationProblems.alreadyRevoked(delegationId);
        }
        if (delegation.isOverAt(now)) {
            throw DelegationProblems.alreadyExpired(delegationId);
        }
        delegation.revokedBy = caller.userId();
        delegation.revokedAt = now;
        delegation.revocationReason = reason == null || reason.isBlank() ? null : reason;
        team.touch();
        events.publish(TeamEvents.DELEGATIONS_CHANGED, team);
        return reading(delegation, caller, memberships.findLeads(teamId), now);
    }

    public DelegationReading findDelegation(String teamId, String delegationId, Caller caller) {
        findTeam(teamId);
        Delegation delegation = delegations.findInTeam(teamId, delegationId)
                .orElseThrow(() -> DelegationProblems.notFound(teamId, delegationId));
        return reading(delegation, caller, memberships.findLeads(teamId), now());
    }

    /** Up to {@code limit} of a team's delegations, newest first, older than {@code after}. */
    public List<DelegationReading> listDelegationsOfTeam(String teamId, String after, int limit, Caller caller) {
        findTeam(teamId);
        Set<String> leads = memberships.findLeads(teamId);
        Instant now = now();
        return delegations.findPageByTeam(teamId, after, limit).stream()
                .map(d -> reading(d, caller, leads, now)).toList();
    }

    /**
     * The team's delegations neither revoked nor over now, scheduled ones included, oldest first: those that lend
     * authority now or will, as the team's snapshot carries them.
     */
    public List<DelegationReading> listDelegationsInForce(String teamId, Caller caller) {
        findTeam(teamId);
        Set<String> leads = memberships.findLeads(teamId);
        Instant now = now();
        return delegations.findInForce(teamId, now).stream().map(d -> reading(d, caller, leads, now)).toList();
    }

    /** Up to {@code limit} delegations the user gave or received, newest first, older than {@code after}. */
    public List<DelegationReading> listDelegationsOfUser(String userId, String after, int limit, Caller caller) {
        List<Delegation> page = delegations.findPageByUser(userId, after, limit);
        Map<String, Set<String>> leads = memberships.findLeads(page.stream().map(d -> d.teamId).distinct().toList());
        Instant now = now();
        return page.stream().map(d -> reading(d, caller, leads.getOrDefault(d.teamId, Set.of()), now)).toList();
    }

    /**
     * Whose authority is lent: a lead lends their own (delegator absent or themselves); admin and governance name a
     * lead. Anyone else may not delegate at all (403), a delegate included: holding authority as a delegate is not
     * being a lead, so it cannot be lent on.
     */
    private String delegatorFor(Team team, Caller caller, String named, Set<String> leads, Instant now) {
        boolean callerIsLead = leads.contains(caller.userId());
        if (!callerIsLead && !caller.actsForAnyLead()) {
            throw isOnlyADelegate(team.id, caller.userId(), now) ? DelegationProblems.onlyADelegate(team.id)
                    : DelegationProblems.notALead(team.id);
        }
        if (named == null) {
            if (!callerIsLead) {
                throw DelegationProblems.delegatorRequired();
            }
            return caller.userId();
        }
        if (!named.equals(caller.userId()) && !caller.actsForAnyLead()) {
            throw DelegationProblems.notOwnAuthority(named);
        }
        if (!leads.contains(named)) {
            throw isOnlyADelegate(team.id, named, now) ? DelegationProblems.delegatorOnlyADelegate(team.id, named)
                    : DelegationProblems.delegatorNotLead(team.id, named);
        }
        return named;
    }

    private static void refuseReadOnly(Caller caller) {
        if (caller.isReadOnly()) {
            throw DelegationProblems.readOnly();
        }
    }

    /** A user who is not a lead of the team but stands in for one of its leads right now. */
    private boolean isOnlyADelegate(String teamId, String userId, Instant now) {
        return delegations.isDelegateAt(teamId, userId, now);
    }

    /** validFrom as recorded: now when absent or within the clock skew before now; earlier is refused. */
    private Instant startOf(Instant requested, Instant now) {
        if (requested == null) {
            return now;
        }
        Instant validFrom = requested.truncatedTo(ChronoUnit.MICROS);
        if (validFrom.isBefore(now.minus(config.clockSkew()))) {
            throw DelegationProblems.validFromInPast(config.clockSkew().toSeconds());
        }
        return validFrom.isBefore(now) ? now : validFrom;
    }

    private DelegationReading reading(Delegation delegation, Caller caller, Set<String> leads, Instant now) {
        boolean reasonShown = caller.readsEverything() || leads.contains(caller.userId())
                || caller.userId().equals(delegation.delegator) || caller.userId().equals(delegation.delegate);
        return new DelegationReading(delegation, delegation.statusAt(now), leads.contains(delegation.delegator),
                reasonShown);
    }

    private Team findTeam(String teamId) {
        return teams.findByIdOptional(teamId).orElseThrow(() -> TeamProblems.teamNotFound(teamId));
    }

    /** The team's row, locked until the transaction ends: its delegation writes take turns. */
    private Team lockTeam(String teamId) {
        return teams.findByIdOptional(teamId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> TeamProblems.teamNotFound(teamId));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
