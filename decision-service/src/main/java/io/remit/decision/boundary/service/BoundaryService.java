package io.remit.decision.boundary.service;

import io.remit.decision.boundary.domain.Boundary;
import io.remit.decision.boundary.domain.BoundaryLocks;
import io.remit.decision.boundary.domain.BoundaryRepository;
import io.remit.decision.boundary.events.BoundaryChanged;
import io.remit.decision.config.RulesConfig;
import io.remit.decision.evaluation.ApprovalRules;
import io.remit.decision.evaluation.BoundaryNesting;
import io.remit.decision.evaluation.BoundaryTerms;
import io.remit.decision.evaluation.BoundaryVersionRefusedException;
import io.remit.decision.evaluation.BoundaryVersioning;
import io.remit.decision.evaluation.BoundaryVersioning.LatestVersion;
import io.remit.decision.evaluation.BoundaryVersioning.NextVersion;
import io.remit.decision.evaluation.CurrencyMismatchException;
import io.remit.decision.evaluation.NestingConflict;
import io.remit.decision.evaluation.NestingConflictException;
import io.remit.decision.evaluation.TeamNode;
import io.remit.decision.team.domain.ReplicaTeam;
import io.remit.decision.team.service.TeamDirectory;
import io.remit.decision.team.service.TeamProblems;
import io.remit.platform.ids.TimeOrderedIds;
import io.remit.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Decision boundaries: every change a new immutable version, nested inside the ancestors' boundaries. */
@ApplicationScoped
@Transactional
public class BoundaryService {

    private final BoundaryRepository boundaries;
    private final BoundaryLocks locks;
    private final TeamDirectory directory;
    private final Outbox outbox;
    private final RulesConfig rules;

    BoundaryService(BoundaryRepository boundaries, BoundaryLocks locks, TeamDirectory directory, Outbox outbox,
                    RulesConfig rules) {
        this.boundaries = boundaries;
        this.locks = locks;
        this.directory = directory;
        this.outbox = outbox;
        this.rules = rules;
    }

    /** The result of a write: the new version, and whether it is the category's first. */
    public record Written(Boundary boundary, boolean first) {
    }

    /**
     * Writes the next version under the category's lock: the version number and the nesting check both see every
     * write of the category committed before, so a parent lowered while its child is raised cannot both pass.
     */
    public Written writeVersion(String teamId, String category, BoundaryDraft draft, String actor) {
        ReplicaTeam team = directory.findTeam(teamId);
        if (team.isArchived()) {
            throw TeamProblems.archivedTeam(teamId);
        }
        boolean root = team.parentId == null;
        checkTerms(draft, root);
        locks.lockCategory(category);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        NextVersion next = nextVersion(teamId, category, draft, now);
        Boundary boundary;
        if (root) {
            // The root holds every right: its version states approval rules only, which nesting ignores.
            boundary = toBoundary(teamId, category, next, draft, actor, now);
        } else {
            BoundaryTerms candidate = new BoundaryTerms(null, teamId, category, next.version(), draft.maxBudget(),
                    draft.maxRisk(), draft.maxScope(), draft.allowsIrreversible(), next.validFrom(),
                    next.validUntil());
            checkNesting(candidate);
            boundary = toBoundary(teamId, category, next, draft, actor, now);
        }
        boundaries.persist(boundary);
        if (!boundary.rulesOnly()) {
            // remit.boundary.changed.v1 requires maxRisk and maxScope, which a rules-only root version has not.
            outbox.append(BoundaryChanged.of(boundary));
        }
        return new Written(boundary, next.isFirst());
    }

    /**
     * The root's versions hold approval rules only (any limit is a 422); every other version needs its risk and scope
     * limits (a 400, as when bean validation required them). The rules' minimum budgets share one currency: the
     * boundary's maxBudget's, or without one the first rule's.
     */
    private static void checkTerms(BoundaryDraft draft, boolean root) {
        if (root) {
            List<String> limits = new java.util.ArrayList<>();
            if (draft.maxBudget() != null) {
                limits.add("maxBudget");
            }
            if (draft.maxRisk() != null) {
                limits.add("maxRisk");
            }
            if (draft.maxScope() != null) {
                limits.add("maxScope");
            }
            if (draft.allowsIrreversible()) {
                limits.add("irreversibleAllowed");
            }
            if (!limits.isEmpty()) {
                throw BoundaryProblems.rootLimit(limits);
            }
        } else {
            List<String> missing = new java.util.ArrayList<>();
            if (draft.maxRisk() == null) {
                missing.add("maxRisk");
            }
            if (draft.maxScope() == null) {
                missing.add("maxScope");
            }
            if (!missing.isEmpty()) {
                throw BoundaryProblems.missingLimits(missing);
            }
        }
        ApprovalRules.currencyRefusal(draft.approvals(),
                draft.maxBudget() == null ? null : draft.maxBudget().currency())
                .ifPresent(refusal -> {
                    throw BoundaryProblems.approvalCurrency(refusal);
                });
    }

    public List<Boundary> listVersions(String teamId, String category) {
        directory.findTeam(teamId);
        return boundaries.findVersions(teamId, category);
    }

    /** Each category's version in force now: the team's rows in force only, whatever the others hold. */
    public List<Boundary> listCurrent(String teamId) {
        directory.findTeam(teamId);
        return boundaries.findInForce(teamId, Instant.now());
    }

    /**
     * The team's versions in force at the instant, one per category, in category order. None was before 1970: a
     * version never starts in the past, and no instant that early is ever put to the database.
     */
    public List<Boundary> listInForceAt(String teamId, Instant at) {
        directory.findTeam(teamId);
        return at.isBefore(Instant.EPOCH) ? List.of() : boundaries.findInForce(teamId, at);
    }

    /**
     * Boundaries that exceed an ancestor's, which a re-parenting in team-service can leave behind. Two read-only
     * queries: the versions in force now (not the history) and each team's parent (not the teams and their leads).
     */
    public List<NestingConflict> listConflicts() {
        return BoundaryNesting.conflicts(directory.parentIds(), boundaries.findAllInForce(Instant.now()));
    }

    private NextVersion nextVersion(String teamId, String category, BoundaryDraft draft, Instant now) {
        List<Boundary> versions = boundaries.findVersions(teamId, category);
        Boundary latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        LatestVersion latestVersion = latest == null ? null : new LatestVersion(latest.version, latest.validFrom);
        try {
            return BoundaryVersioning.next(draft.validFrom(), draft.validUntil(), latestVersion, now,
                    rules.clockSkew());
        } catch (BoundaryVersionRefusedException e) {
            throw BoundaryProblems.versioning(e);
        }
    }

    private void checkNesting(BoundaryTerms candidate) {
        List<String> ancestors = directory.chainOfKnownTeam(candidate.teamId()).stream().skip(1).map(TeamNode::id)
                .toList();
        List<String> descendants = directory.descendantsOf(candidate.teamId());
        try {
            BoundaryNesting.check(candidate,
                    boundaries.findEffectiveTerms(ancestors, candidate.category()),
                    boundaries.findEffectiveTerms(descendants, candidate.category()));
        } catch (NestingConflictException e) {
            throw BoundaryProblems.nesting(e);
        } catch (CurrencyMismatchException e) {
            throw BoundaryProblems.currency(e);
        }
    }

    private static Boundary toBoundary(String teamId, String category, NextVersion next, BoundaryDraft draft,
            String actor, Instant now) {
        Boundary boundary = new Boundary();
        boundary.id = TimeOrderedIds.next();
        boundary.teamId = teamId;
        boundary.category = category;
        boundary.version = next.version();
        if (draft.maxBudget() != null) {
            boundary.maxBudgetAmount = draft.maxBudget().amount();
            boundary.maxBudgetCurrency = draft.maxBudget().currency();
        }
        boundary.maxRisk = draft.maxRisk();
        boundary.maxScope = draft.maxScope();
        boundary.irreversibleAllowed = draft.allowsIrreversible();
        boundary.validFrom = next.validFrom();
        boundary.validUntil = next.validUntil();
        boundary.reason = draft.reason();
        boundary.approvals = draft.approvals();
        boundary.createdBy = actor;
        boundary.createdAt = now;
        return boundary;
    }
}
