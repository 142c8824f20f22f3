package io.remit.team.service;

import io.remit.platform.problem.Problem;
import io.remit.platform.problem.ProblemException;
import java.util.List;

/** The refusals of delegation, each with the status it means. */
public final class DelegationProblems {

    private DelegationProblems() {
    }

    public static ProblemException notFound(String teamId, String delegationId) {
        return new ProblemException(404, "delegation-not-found", "Delegation not found",
                "Team '" + teamId + "' has no delegation with id '" + delegationId + "'");
    }

    public static ProblemException readOnly() {
        return new ProblemException(403, "read-only-role", "Not allowed",
                "The auditor role reads everything and changes nothing");
    }

    public static ProblemException notALead(String teamId) {
        return new ProblemException(403, "not-a-lead", "Not allowed",
                "Only a lead of team '" + teamId + "' delegates their authority there, and admin or governance for "
                        + "one of its leads");
    }

    public static ProblemException onlyADelegate(String teamId) {
        return new ProblemException(403, "no-redelegation", "Not allowed",
                "You hold authority in team '" + teamId + "' only as a delegate, and a delegate cannot delegate "
                        + "further");
    }

    public static ProblemException notOwnAuthority(String delegator) {
        return new ProblemException(422, "not-own-authority", "A lead delegates only their own authority",
                "You cannot delegate the authority of '" + delegator + "'; omit delegator, or ask admin or governance",
                List.of(new Problem.FieldError("delegator", "must be you, or absent")));
    }

    public static ProblemException delegatorRequired() {
        return new ProblemException(422, "delegator-required", "Name the lead who delegates",
                "admin and governance record a delegation for one of the team's leads: name them in delegator",
                List.of(new Problem.FieldError("delegator", "required")));
    }

    public static ProblemException delegatorNotLead(String teamId, String delegator) {
        return new ProblemException(422, "delegator-not-lead", "The delegator is not a lead",
                "'" + delegator + "' is not a LEAD of team '" + teamId + "'",
                List.of(new Problem.FieldError("delegator", "not a lead of the team")));
    }

    public static ProblemException delegatorOnlyADelegate(String teamId, String delegator) {
        return new ProblemException(422, "no-redelegation", "A delegate cannot delegate further",
                "'" + delegator + "' holds authority in team '" + teamId + "' only as a delegate, not as its LEAD",
                List.of(new Problem.FieldError("delegator", "holds the authority only as a delegate")));
    }

    public static ProblemException selfDelegation() {
        return new ProblemException(422, "self-delegation", "A delegation to oneself",
                "The delegate must be someone other than the delegator",
                List.of(new Problem.FieldError("delegate", "must not be the delegator")));
    }

    public static ProblemException validFromInPast(long skewSeconds) {
        return new ProblemException(422, "valid-from-in-past", "A delegation cannot start in the past",
                "validFrom may lie at most " + skewSeconds + " s before now: authority cannot be lent after the fact",
                List.of(new Problem.FieldError("validFrom", "in the past")));
    }

    public static ProblemException endsBeforeItStarts() {
        return new ProblemException(422, "invalid-period", "A delegation must end after it starts",
                "validUntil must be later than validFrom (or than now, when validFrom is absent)",
                List.of(new Problem.FieldError("validUntil", "must be after validFrom")));
    }

    public static ProblemException tooLong(String maxDuration) {
        return new ProblemException(422, "delegation-too-long", "Delegation too long",
                "A delegation lasts at most " + maxDuration + " from validFrom to validUntil",
                List.of(new Problem.FieldError("validUntil", "at most " + maxDuration + " after validFrom")));
    }

    public static ProblemException invalidCategories(List<Problem.FieldError> errors) {
        return new ProblemException(422, "invalid-categories", "Categories are not valid",
                "categories must be distinct slugs (2-63 lowercase letters, digits or '-', not starting or ending "
                        + "with '-'), at most " + DelegationRules.MAX_CATEGORIES, errors);
    }

    public static ProblemException overlaps(String existingId) {
        return new ProblemException(409, "delegation-overlaps", "An overlapping delegation exists",
                "Delegation '" + existingId + "' lends the same delegator's authority to the same delegate for an "
                        + "overlapping period; revoke it first",
                List.of(new Problem.FieldError("validFrom", "overlaps delegation " + existingId)));
    }

    public static ProblemException tooMany(String teamId, int max) {
        return new ProblemException(409, "too-many-delegations", "Team has too many delegations",
                "Team '" + teamId + "' has " + max + " delegations scheduled or in force, the most it may have; "
                        + "revoke some first");
    }

    public static ProblemException notYours() {
        return new ProblemException(403, "not-your-delegation", "Not allowed",
                "A delegation is revoked by its delegator, its delegate (renouncing it), admin or governance");
    }

    public static ProblemException alreadyRevoked(String delegationId) {
        return new ProblemException(409, "delegation-revoked", "Delegation already revoked",
                "Delegation '" + delegationId + "' was revoked before");
    }

    public static ProblemException alreadyExpired(String delegationId) {
        return new ProblemException(409, "delegation-expired", "Delegation already over",
                "Delegation '" + delegationId + "' has expired; there is nothing left to revoke");
    }
}
