package io.remit.notification.team.service;

/**
 * A user who, through an active delegation, counts as a lead of a team for a category.
 *
 * @param userId     the delegate
 * @param onBehalfOf the lead whose authority was lent (the first by user id when several lent theirs)
 */
public record Delegate(String userId, String onBehalfOf) {
}
