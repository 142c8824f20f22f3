package io.remit.decision.decision.console;

import io.remit.platform.console.Console;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Where the pages a decision page links to live, in one place for the templates ({@code {cdi:decisionLinks...}}):
 * this service's own pages as plain paths, the other services' through the console's configured base URLs.
 */
@RequestScoped
@Named("decisionLinks")
public class DecisionConsoleLinks {

    private final Console console;

    DecisionConsoleLinks(Console console) {
        this.console = console;
    }

    public String decision(String decisionId) {
        return "/console/decisions/" + decisionId;
    }

    public String log(String teamId) {
        return "/console/logs/" + teamId;
    }

    /** A team's page on team-service. */
    public String team(String teamId) {
        return console.teams("/console/teams/" + teamId);
    }

    /** An escalation's timeline on notification-service: its notifications, deliveries and acknowledgements. */
    public String timeline(String escalationId) {
        return console.notifications("/console/escalations/" + escalationId);
    }
}
