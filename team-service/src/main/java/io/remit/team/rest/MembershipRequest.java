package io.remit.team.rest;

import io.remit.team.domain.MemberRole;
import jakarta.validation.constraints.NotNull;

public record MembershipRequest(@NotNull MemberRole role) {
}
