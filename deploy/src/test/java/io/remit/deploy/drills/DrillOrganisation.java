package io.remit.deploy.drills;

import static io.remit.deploy.e2e.RemitSuite.DECISION;
import static io.remit.deploy.e2e.RemitSuite.TEAM;

import io.remit.deploy.e2e.ChildProcess;
import io.remit.deploy.e2e.RemitSuite;
import io.remit.deploy.e2e.WebhookReceiver;
import io.remit.platform.testing.DevTokens;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organisation a drill works in, created through team-service's and decision-service's APIs: a root with a lead,
 * two departments (a lead and a webhook each, escalations routed there) and four teams with a member each. Boundaries
 * in a category of the run: departments 100,000 EUR, teams 10,000 EUR, so a decision of 50,000 escalates to the
 * department and one of 500,000 to the root. SLAs are an hour: no deadline passes during a drill, so every escalation
 * has exactly the notifications of its first routing.
 */
final class DrillOrganisation {

    /** Whom an escalation to a team notifies: an inbox notification per lead, a webhook call per webhook. */
    record Recipients(List<String> leads, List<String> webhookUrls) {

        int count() {
            return leads.size() + webhookUrls.size();
        }
    }

    final String run;
    final String category;
    final String root;
    final List<String> departments;
    final List<String> teams;
    private final Map<String, String> parents = new LinkedHashMap<>();
    private final Map<String, Recipients> recipients = new LinkedHashMap<>();

    private final RemitSuite suite;
    private final DrillHttp http;
    private final String admin = DevTokens.token("drill-admin", "admin");
    private final String governance = DevTokens.token("drill-governance", "governance");

    DrillOrganisation(String run, RemitSuite suite, DrillHttp http) {
        this.run = run;
        this.suite = suite;
        this.http = http;
        this.category = "drill-" + run;
        this.root = "drill-" + run + "-root";
        this.departments = List.of("drill-" + run + "-d0", "drill-" + run + "-d1");
        this.teams = List.of("drill-" + run + "-t0", "drill-" + run + "-t1", "drill-" + run + "-t2",
                "drill-" + run + "-t3");
    }

    String member(String team) {
        return "member-" + team;
    }

    String lead(String team) {
        return "lead-" + team;
    }

    String departmentOf(String team) {
        return parents.get(team);
    }

    Recipients recipients(String team) {
        return recipients.get(team);
    }

    void create(WebhookReceiver webhooks) {
        String rootId = createRoot();
        check(http.put(team("/teams/" + rootId + "/members/" + lead(rootId)), admin, Map.of("role", "LEAD")), 200, 201);
        recipients.put(rootId, new Recipients(List.of(lead(rootId)), List.of()));
        for (String department : departments) {
            String hook = webhooks.url("/hooks/" + department);
            check(http.post(team("/teams"), admin, Map.of("id", department, "name", "Drill " + department,
                    "parentId", rootId, "escalationSla", "PT1H", "contacts", Map.of("webhookUrl", hook)), Map.of()),
                    201);
            check(http.put(team("/teams/" + department + "/members/" + lead(department)), admin,
                    Map.of("role", "LEAD")), 200, 201);
            parents.put(department, rootId);
            recipients.put(department, new Recipients(List.of(lead(department)), List.of(hook)));
        }
        for (int i = 0; i < teams.size(); i++) {
            String team = teams.get(i);
            String department = departments.get(i % departments.size());
            check(http.post(team("/teams"), admin, Map.of("id", team, "name", "Drill " + team, "parentId", department,
                    "escalationSla", "PT1H"), Map.of()), 201);
            check(http.put(team("/teams/" + team + "/members/" + member(team)), admin, Map.of("role", "MEMBER")),
                    200, 201);
            parents.put(team, department);
        }
        for (String department : departments) {
            putBoundary(department, 100_000, "HIGH", "ORGANISATION");
        }
        for (String team : teams) {
            putBoundary(team, 10_000, "MEDIUM", "TEAM");
        }
    }

    /** The organisation has one root: the drill's own on a fresh database, else the one that exists. */
    private String createRoot() {
        DrillHttp.Reply created = http.post(team("/teams"), admin,
                Map.of("id", root, "name", "Drill " + run, "escalationSla", "PT1H"), Map.of());
        if (created.status() == 201) {
            return root;
        }
        DrillHttp.Reply teamsPage = check(http.get(team("/teams?limit=500"), admin), 200);
        for (var team : teamsPage.body().path("items")) {
            if (!team.hasNonNull("parentId") && "ACTIVE".equals(team.path("status").asText())) {
                throw new IllegalStateException("An organisation root exists already (" + team.path("id").asText()
                        + "): run the drills on a database of their own (deploy/drills/run creates one)");
            }
        }
        throw new IllegalStateException("Could not create the root: " + created);
    }

    private void putBoundary(String team, long maxBudget, String maxRisk, String maxScope) {
        Map<String, Object> boundary = Map.of("maxBudget", Map.of("amount", maxBudget, "currency", "EUR"),
                "maxRisk", maxRisk, "maxScope", maxScope, "reason", "Drill " + run);
        String url = suite.baseUrl(DECISION) + "/teams/" + team + "/boundaries/" + category;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        DrillHttp.Reply reply = http.put(url, governance, boundary);
        // decision-service learns of the team from team-service's events: 404 until it has.
        while (reply.status() == 404 && System.nanoTime() < deadline) {
            ChildProcess.sleep(200);
            reply = http.put(url, governance, boundary);
        }
        check(reply, 201);
    }

    private String team(String path) {
        return suite.baseUrl(TEAM) + path;
    }

    static DrillHttp.Reply check(DrillHttp.Reply reply, Integer... expected) {
        if (!Set.of(expected).contains(reply.status())) {
            throw new IllegalStateException("Expected HTTP " + List.of(expected) + ", got " + reply);
        }
        return reply;
    }

}
