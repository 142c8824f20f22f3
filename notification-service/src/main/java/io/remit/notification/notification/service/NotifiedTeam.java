package io.remit.notification.notification.service;

import io.remit.notification.team.domain.ReplicaTeam;
import java.util.List;

/** The team told about an escalation, with its leads as they were read to choose it (read once, used twice). */
public record NotifiedTeam(ReplicaTeam team, List<String> leads) {
}
