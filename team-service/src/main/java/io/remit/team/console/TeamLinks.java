package io.remit.team.console;

/**
 * Where a team's page leads in the other services: its decision log (decision-service) and the escalations of the
 * team and every team under it (notification-service).
 */
record TeamLinks(String decisionLog, String escalations) {
}
