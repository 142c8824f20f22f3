import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java half of deploy/bench/run (JDK 17 only, single-file source mode: {@code java Bench.java <command> ...}).
 *
 * <pre>
 * seed      &lt;work&gt;                 organisation of 200 teams in 5 levels, leads, members, nested spend
 *                                    boundaries; mints the tokens; writes the request files the wrk scripts replay
 * capture   &lt;work&gt;                 one POST /decisions per leaf team (70 % within remit), for the statement log
 * reads     &lt;work&gt;                 request files for GET /decisions?teamId= pages and
 *                                    GET /audit/escalations pages
 * e2e       &lt;work&gt; &lt;count&gt; &lt;rate&gt;  escalations at a fixed rate (open loop); time from each POST
 *                                    response until the target lead's inbox shows it in notification-service
 * pgscripts &lt;work&gt; &lt;log&gt; &lt;ids&gt;     pgbench scripts from the PostgreSQL statement log of the captured
 *                                    transactions
 * report    &lt;work&gt;                 the results table (markdown) from &lt;work&gt;/results.kv
 * jfrtop    &lt;file.jfr&gt; [n]         where a JFR recording's CPU samples are: top methods (self and inclusive),
 *                                    application frames, and the share by area (JDBC, JSON, JWT, Hibernate, ...)
 * </pre>
 * URLs come from REMIT_TEAM_URL, REMIT_DECISION_URL, REMIT_NOTIFICATION_URL (defaults: localhost 8081-8083); the
 * dev signing key from REMIT_DEV_KEY (default deploy/dev-keys/private-key.pem next to this file).
 */
public class Bench {

    static final String TEAM_URL = env("REMIT_TEAM_URL", "http://localhost:8081");
    static final String DECISION_URL = env("REMIT_DECISION_URL", "http://localhost:8082");
    static final String NOTIFICATION_URL = env("REMIT_NOTIFICATION_URL", "http://localhost:8083");
    static final String GOVERNANCE_USER = "bench-governance";

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4, daemon())).build();

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java Bench.java seed|capture|reads|e2e|pgscripts|report <work-dir> ...");
            System.exit(2);
        }
        Path work = Path.of(args[1]);
        switch (args[0]) {
            case "seed" -> seed(work);
            case "capture" -> capture(work);
            case "reads" -> reads(work);
            case "e2e" -> e2e(work, Integer.parseInt(args[2]), Double.parseDouble(args[3]));
            case "pgscripts" -> pgScripts(work, Path.of(args[2]), Path.of(args[3]));
            case "report" -> report(work);
            case "jfrtop" -> jfrTop(work, args.length > 2 ? Integer.parseInt(args[2]) : 25);
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The organisation: 1 root, 4 + 15 + 60 + 120 teams below it (200 in 5 levels). Every team has a lead; every leaf
    // team (level 5) has a member, who logs the decisions. Spend boundaries shrink strictly at every level.
    // ---------------------------------------------------------------------------------------------------------------

    record Team(String id, int level, String parent) {
        String lead() {
            return "lead-" + id;
        }

        String member() {
            return "member-" + id;
        }
    }

    record Level(long maxBudget, String maxRisk, String maxScope, boolean irreversible) {
    }

    /** Boundaries by level (level 1, the root, holds every right and has none). */
    static final Map<Integer, Level> BOUNDARIES = Map.of(
            2, new Level(1_000_000, "CRITICAL", "ORGANISATION", true),
            3, new Level(200_000, "HIGH", "ORGANISATION", true),
            4, new Level(50_000, "HIGH", "CROSS_TEAM", false),
            5, new Level(10_000, "MEDIUM", "TEAM", false));

    static List<Team> organisation() {
        List<Team> teams = new ArrayList<>();
        teams.add(new Team("org", 1, null));
        for (int j = 0; j < 4; j++) {
            teams.add(new Team("a" + j, 2, "org"));
        }
        for (int k = 0; k < 15; k++) {
            teams.add(new Team("b" + k, 3, "a" + Math.min(k / 4, 3)));
        }
        for (int m = 0; m < 60; m++) {
            teams.add(new Team("c" + m, 4, "b" + m / 4));
        }
        for (int i = 0; i < 120; i++) {
            teams.add(new Team("d" + i, 5, "c" + i / 2));
        }
        return teams;
    }

    static List<Team> leaves() {
        return organisation().stream().filter(t -> t.level() == 5).toList();
    }

    /** A decision body for a leaf team: within its remit, or escalating to level 4 (40 %), 3 (30 %), 2 (20 %), 1. */
    static String decisionBody(Team leaf, boolean within, Random random, String title) {
        long budget;
        String risk = random.nextBoolean() ? "LOW" : "MEDIUM";
        if (within) {
            budget = 100 + random.nextInt(9_800);
        } else {
            int p = random.nextInt(10);
            if (p < 4) {
                budget = 10_001 + random.nextInt(39_998);
            } else if (p < 7) {
                budget = 50_001 + random.nextInt(149_998);
            } else if (p < 9) {
                budget = 200_001 + random.nextInt(799_998);
            } else {
                budget = 1_000_001 + random.nextInt(9_000_000);
            }
        }
        return "{\"teamId\":\"" + leaf.id() + "\",\"category\":\"spend\",\"title\":\"" + title + "\""
                + ",\"rationale\":\"benchmark load\",\"budget\":{\"amount\":" + budget + ",\"currency\":\"EUR\"}"
                + ",\"risk\":\"" + risk + "\",\"scope\":\"TEAM\",\"reversible\":true,\"source\":\"bench\"}";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // seed
    // ---------------------------------------------------------------------------------------------------------------

    static void seed(Path work) throws Exception {
        Files.createDirectories(work);
        long started = System.nanoTime();
        List<Team> teams = organisation();
        Map<String, String> tokens = mintTokens(teams);
        Files.write(work.resolve("tokens.tsv"), tokens.entrySet().stream()
                .map(e -> e.getKey() + "\t" + e.getValue()).toList());
        String gov = tokens.get(GOVERNANCE_USER);

        // Teams level by level (a parent must exist first), each level in parallel.
        for (int level = 1; level <= 5; level++) {
            int l = level;
            parallel(teams.stream().filter(t -> t.level() == l).map(t -> (Supplier<CompletableFuture<Void>>) () -> {
                String body = "{\"id\":\"" + t.id() + "\",\"name\":\"Bench team " + t.id() + "\""
                        + (t.parent() == null ? "" : ",\"parentId\":\"" + t.parent() + "\"") + "}";
                return call("POST", TEAM_URL + "/teams", gov, body)
                        .thenAccept(r -> expect(r, "create team " + t.id(), 201));
            }).toList(), 16);
        }
        // Leads everywhere, a member in every leaf.
        // Two rounds (leads, then members), so that no two requests change the same team at once: team-service
        // answers 409 "concurrent update" to the loser of such a race (retried below all the same).
        List<Supplier<CompletableFuture<Void>>> leads = new ArrayList<>();
        List<Supplier<CompletableFuture<Void>>> members = new ArrayList<>();
        for (Team t : teams) {
            leads.add(() -> callRetrying409("PUT", TEAM_URL + "/teams/" + t.id() + "/members/" + t.lead(), gov,
                    "{\"role\":\"LEAD\"}").thenAccept(r -> expect(r, "lead of " + t.id(), 200, 201)));
            if (t.level() == 5) {
                members.add(() -> callRetrying409("PUT", TEAM_URL + "/teams/" + t.id() + "/members/" + t.member(), gov,
                        "{\"role\":\"MEMBER\"}").thenAccept(r -> expect(r, "member of " + t.id(), 200, 201)));
            }
        }
        parallel(leads, 16);
        parallel(members, 16);
        log("seed: %d teams and %d memberships created in team-service (%.1f s)", teams.size(),
                leads.size() + members.size(), secondsSince(started));

        // decision-service learns the teams from Kafka.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (Team t : teams) {
            while (true) {
                HttpResponse<String> r = call("GET", DECISION_URL + "/teams/" + t.id() + "/boundaries", gov, null)
                        .join();
                if (r.statusCode() == 200) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("decision-service did not replicate team " + t.id());
                }
                Thread.sleep(200);
            }
        }
        log("seed: decision-service knows all teams (%.1f s)", secondsSince(started));

        // Boundaries top-down, so every child is checked against its parent's.
        for (int level = 2; level <= 5; level++) {
            Level b = BOUNDARIES.get(level);
            int l = level;
            parallel(teams.stream().filter(t -> t.level() == l).map(t -> (Supplier<CompletableFuture<Void>>) () -> {
                String body = "{\"maxBudget\":{\"amount\":" + b.maxBudget() + ",\"currency\":\"EUR\"},\"maxRisk\":\""
                        + b.maxRisk() + "\",\"maxScope\":\"" + b.maxScope() + "\",\"irreversibleAllowed\":"
                        + b.irreversible() + ",\"reason\":\"benchmark level " + l + "\"}";
                return call("PUT", DECISION_URL + "/teams/" + t.id() + "/boundaries/spend", gov, body)
                        .thenAccept(r -> expect(r, "boundary of " + t.id(), 200, 201));
            }).toList(), 16);
        }
        log("seed: %d spend boundaries set (%.1f s)", teams.size() - 1, secondsSince(started));

        // One within-remit decision per leaf: waits until decision-service has each member (403 before that).
        var blocking = Executors.newFixedThreadPool(8, daemon());
        parallel(leaves().stream().map(leaf -> (Supplier<CompletableFuture<Void>>) () ->
                CompletableFuture.runAsync(() -> {
            String body = decisionBody(leaf, true, new Random(leaf.id().hashCode()), "seed check");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (true) {
                HttpResponse<String> r = call("POST", DECISION_URL + "/decisions", tokens.get(leaf.member()), body)
                        .join();
                if (r.statusCode() == 201 && r.body().contains("\"verdict\":\"WITHIN_REMIT\"")) {
                    return;
                }
                if (r.statusCode() != 403 || System.nanoTime() > until) {
                    throw new IllegalStateException("seed check for " + leaf.id() + ": HTTP " + r.statusCode() + " "
                            + r.body());
                }
                sleep(200);
            }
        }, blocking)).toList(), 8);

        // One escalation to each level, each visible in its target lead's inbox: the whole pipeline works.
        Team leaf = leaves().get(0);
        long[] budgets = {20_000, 100_000, 500_000, 5_000_000};
        String[] targets = {"c0", "b0", "a0", "org"};
        for (int i = 0; i < budgets.length; i++) {
            String body = "{\"teamId\":\"" + leaf.id() + "\",\"category\":\"spend\",\"title\":\"seed escalation\","
                    + "\"budget\":{\"amount\":" + budgets[i] + ",\"currency\":\"EUR\"},\"risk\":\"LOW\","
                    + "\"scope\":\"TEAM\",\"reversible\":true,\"source\":\"bench\"}";
            HttpResponse<String> r = call("POST", DECISION_URL + "/decisions", tokens.get(leaf.member()), body).join();
            expect(r, "seed escalation", 201);
            String target = field(r.body(), "targetTeamId");
            if (!targets[i].equals(target)) {
                throw new IllegalStateException("a budget of " + budgets[i] + " escalated to " + target + ", expected "
                        + targets[i] + ": " + r.body());
            }
            String escalationId = escalationId(r.body());
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!call("GET", NOTIFICATION_URL + "/notifications?escalationId=" + escalationId,
                    tokens.get("lead-" + target), null).join().body().contains("\"items\":[{")) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("no notification for escalation " + escalationId + " to " + target);
                }
                Thread.sleep(100);
            }
        }
        log("seed: escalations to every level reach their lead's inbox (%.1f s)", secondsSince(started));

        // Request files for wrk: METHOD <tab> path <tab> token or - <tab> body.
        Random random = new Random(42);
        List<String> decisions = new ArrayList<>();
        List<String> evaluations = new ArrayList<>();
        List<Team> leaves = leaves();
        for (int n = 0; n < 6_000; n++) {
            Team t = leaves.get(random.nextInt(leaves.size()));
            boolean within = random.nextInt(100) < 70;
            String body = decisionBody(t, within, random, "bench decision " + n);
            decisions.add("POST\t/decisions\t" + tokens.get(t.member()) + "\t" + body);
            evaluations.add("POST\t/decisions/evaluate\t" + tokens.get(t.member()) + "\t" + body);
        }
        Files.write(work.resolve("decisions.req"), decisions);
        Files.write(work.resolve("evaluate.req"), evaluations);
        Files.write(work.resolve("health.req"), List.of("GET\t/q/health/live\t-\t"));
        Files.writeString(work.resolve("seed.kv"), "seed_seconds=" + fmt(secondsSince(started)) + "\n");
        log("seed: done in %.1f s", secondsSince(started));
    }

    static Map<String, String> mintTokens(List<Team> teams) throws Exception {
        Path key = Path.of(env("REMIT_DEV_KEY",
                Path.of(System.getProperty("user.dir"), "deploy/dev-keys/private-key.pem").toString()));
        PrivateKey privateKey = readPkcs8(key);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put(GOVERNANCE_USER, token(privateKey, GOVERNANCE_USER, "governance"));
        for (Team t : teams) {
            tokens.put(t.lead(), token(privateKey, t.lead(), null));
            if (t.level() == 5) {
                tokens.put(t.member(), token(privateKey, t.member(), null));
            }
        }
        return tokens;
    }

    /**
     * The same token deploy/dev-token prints (DevToken.java), minted here because a JVM per user would take minutes.
     */
    static String token(PrivateKey key, String user, String role) throws Exception {
        long iat = System.currentTimeMillis() / 1000;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"remit-dev\"}";
        String claims = "{\"iss\":\"https://remit.local/dev\",\"sub\":\"" + user + "\",\"upn\":\"" + user
                + "\",\"preferred_username\":\"" + user + "\",\"groups\":[" + (role == null ? "" : "\"" + role + "\"")
                + "],\"aud\":\"remit\",\"iat\":" + iat + ",\"exp\":" + (iat + 86_400)
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String input = b64(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64(claims.getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + b64(rs256.sign());
    }

    static PrivateKey readPkcs8(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Map<String, String> tokens(Path work) throws IOException {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String line : Files.readAllLines(work.resolve("tokens.tsv"))) {
            String[] parts = line.split("\t");
            tokens.put(parts[0], parts[1]);
        }
        return tokens;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // capture: one POST /decisions per leaf team while PostgreSQL logs every statement
    // ---------------------------------------------------------------------------------------------------------------

    static void capture(Path work) throws Exception {
        Map<String, String> tokens = tokens(work);
        Random random = new Random(7);
        List<String> teams = new ArrayList<>();
        int escalated = 0;
        List<Team> leaves = leaves();
        for (int i = 0; i < leaves.size(); i++) {
            Team leaf = leaves.get(i);
            boolean within = i % 10 < 7;
            HttpResponse<String> r = call("POST", DECISION_URL + "/decisions", tokens.get(leaf.member()),
                    decisionBody(leaf, within, random, "captured decision")).join();
            expect(r, "captured decision of " + leaf.id(), 201);
            escalated += within ? 0 : 1;
            teams.add(leaf.id() + "\t" + (within ? "within" : "escalated"));
        }
        Files.write(work.resolve("captured.tsv"), teams);
        log("capture: %d decisions logged (%d escalated)", leaves.size(), escalated);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // reads: GET /decisions?teamId= (first and second pages) and GET /audit/escalations (first 40 pages)
    // ---------------------------------------------------------------------------------------------------------------

    static void reads(Path work) throws Exception {
        Map<String, String> tokens = tokens(work);
        String gov = tokens.get(GOVERNANCE_USER);
        List<String> decisionPages = new ArrayList<>();
        for (Team leaf : leaves()) {
            String token = tokens.get(leaf.lead());
            String first = "/decisions?teamId=" + leaf.id() + "&limit=50";
            decisionPages.add("GET\t" + first + "\t" + token + "\t");
            String next = field(call("GET", DECISION_URL + first, token, null).join().body(), "next");
            if (next != null) {
                decisionPages.add("GET\t" + next + "\t" + token + "\t");
            }
        }
        Files.write(work.resolve("decision-pages.req"), decisionPages);

        List<String> auditPages = new ArrayList<>();
        String page = "/audit/escalations?limit=50";
        while (page != null && auditPages.size() < 40) {
            auditPages.add("GET\t" + page + "\t" + gov + "\t");
            HttpResponse<String> r = call("GET", NOTIFICATION_URL + page, gov, null).join();
            expect(r, "audit page", 200);
            page = field(r.body(), "next");
        }
        Files.write(work.resolve("audit-pages.req"), auditPages);
        log("reads: %d decision pages, %d audit pages", decisionPages.size(), auditPages.size());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // e2e: escalation -> notification visible
    // ---------------------------------------------------------------------------------------------------------------

    static void e2e(Path work, int count, double rate) throws Exception {
        Map<String, String> tokens = tokens(work);
        List<Team> leaves = leaves();
        Random random = new Random(99);
        List<String[]> requests = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            Team t = leaves.get(n % leaves.size());
            requests.add(new String[] {tokens.get(t.member()), decisionBody(t, false, random, "e2e escalation " + n)});
        }
        long pollMillis = 10;
        long timeoutNanos = TimeUnit.SECONDS.toNanos(60);
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, daemon());
        ConcurrentLinkedQueue<Long> visible = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> postLatency = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger timedOut = new AtomicInteger();
        AtomicInteger polls = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(count);
        long periodNanos = (long) (1e9 / rate);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        for (int n = 0; n < count; n++) {
            String[] req = requests.get(n);
            long intended = start + n * periodNanos;
            scheduler.schedule(() -> call("POST", DECISION_URL + "/decisions", req[0], req[1])
                    .whenComplete((r, error) -> {
                long answered = System.nanoTime();
                // Open loop: latency from when the request was due, so a stalled service is not hidden.
                postLatency.add(answered - intended);
                String escalationId = error == null && r.statusCode() == 201 ? escalationId(r.body()) : null;
                String target = escalationId == null ? null : field(r.body(), "targetTeamId");
                if (escalationId == null || target == null) {
                    System.err.println("e2e: POST failed: "
                            + (error != null ? error : r.statusCode() + " " + r.body()));
                    failed.incrementAndGet();
                    done.countDown();
                    return;
                }
                poll(scheduler, tokens.get("lead-" + target), escalationId, answered, pollMillis, timeoutNanos, visible,
                        timedOut, polls, done);
            }), Math.max(0, intended - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        if (!done.await((long) (count / rate) + 180, TimeUnit.SECONDS)) {
            System.err.println("e2e: gave up waiting");
        }
        long[] v = visible.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] p = postLatency.stream().mapToLong(Long::longValue).sorted().toArray();
        StringBuilder kv = new StringBuilder();
        kv.append("e2e_count=").append(count).append('\n');
        kv.append("e2e_rate=").append(fmt(rate)).append('\n');
        kv.append("e2e_visible=").append(v.length).append('\n');
        kv.append("e2e_failed=").append(failed.get()).append('\n');
        kv.append("e2e_timeouts=").append(timedOut.get()).append('\n');
        kv.append("e2e_polls=").append(polls.get()).append('\n');
        kv.append("e2e_poll_ms=").append(pollMillis).append('\n');
        for (double q : new double[] {50, 95, 99, 100}) {
            kv.append("e2e_p").append((int) q).append("_ms=").append(fmt(pct(v, q) / 1e6)).append('\n');
            kv.append("e2e_post_p").append((int) q).append("_ms=").append(fmt(pct(p, q) / 1e6)).append('\n');
        }
        Files.writeString(work.resolve("e2e.kv"), kv.toString());
        System.out.print(kv);
    }

    static void poll(ScheduledExecutorService scheduler, String token, String escalationId, long answered,
            long pollMillis, long timeoutNanos, ConcurrentLinkedQueue<Long> visible, AtomicInteger timedOut,
            AtomicInteger polls, CountDownLatch done) {
        polls.incrementAndGet();
        call("GET", NOTIFICATION_URL + "/notifications?escalationId=" + escalationId, token, null)
                .whenComplete((r, e) -> {
            long now = System.nanoTime();
            if (e == null && r.statusCode() == 200 && r.body().contains("\"items\":[{")) {
                visible.add(now - answered);
                done.countDown();
            } else if (now - answered > timeoutNanos) {
                System.err.println("e2e: escalation " + escalationId + " not visible after 60 s");
                timedOut.incrementAndGet();
                done.countDown();
            } else {
                // Every 10 ms for the first 250 ms, then every 25 ms up to 1 s, then every 100 ms: fine enough for
                // the targets (300 ms, 1 s) without the polls themselves swamping notification-service when it lags.
                long waited = TimeUnit.NANOSECONDS.toMillis(now - answered);
                long next = waited < 250 ? pollMillis : waited < 1000 ? 25 : 100;
                scheduler.schedule(() -> poll(scheduler, token, escalationId, answered, pollMillis, timeoutNanos,
                        visible, timedOut, polls, done), next, TimeUnit.MILLISECONDS);
            }
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // pgscripts: the statement log of the captured POST /decisions transactions -> one pgbench script each
    // ---------------------------------------------------------------------------------------------------------------

    record Stmt(int pid, String sql, List<String> params) {
    }

    static final Pattern LOG_LINE = Pattern.compile(
            "^\\S+ \\S+ \\S+ \\[(\\d+)\\] (\\S*)@(\\S*) (LOG|DETAIL|ERROR|STATEMENT|HINT|CONTEXT):  (.*)$");
    static final Pattern UUID_LITERAL = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    static void pgScripts(Path work, Path logSlice, Path existingIds) throws Exception {
        String database = env("BENCH_DB", "remit_bench");
        String fromSchema = "remit_decision.";
        String toSchema = env("BENCH_PG_SCHEMA", "bench_pg") + ".";
        Set<String> keep = new HashSet<>(Files.readAllLines(existingIds).stream().map(String::trim).toList());

        // Statements per backend, parameters attached.
        List<Stmt> statements = new ArrayList<>();
        Map<Integer, Stmt> lastOf = new TreeMap<>();
        String kind = null;
        StringBuilder text = null;
        int pid = -1;
        List<String> lines = Files.readAllLines(logSlice, StandardCharsets.UTF_8);
        lines.add("0000-00-00 00:00:00.000 UTC [0] x@x LOG:  end");
        for (String line : lines) {
            Matcher m = LOG_LINE.matcher(line);
            if (!m.matches()) {
                if (text != null) {
                    text.append('\n').append(line.startsWith("\t") ? line.substring(1) : line);
                }
                continue;
            }
            if (text != null) {
                finish(statements, lastOf, pid, kind, text.toString());
            }
            text = null;
            if (!database.equals(m.group(3))) {
                continue;
            }
            pid = Integer.parseInt(m.group(1));
            kind = m.group(4);
            text = new StringBuilder(m.group(5));
        }

        // Transactions of one backend: BEGIN ... COMMIT; those inserting a decision are POST /decisions.
        Map<Integer, List<Stmt>> open = new TreeMap<>();
        List<List<Stmt>> transactions = new ArrayList<>();
        for (Stmt s : statements) {
            String sql = s.sql().trim();
            if (sql.equalsIgnoreCase("BEGIN")) {
                open.put(s.pid(), new ArrayList<>());
            } else if (sql.equalsIgnoreCase("COMMIT") || sql.equalsIgnoreCase("ROLLBACK")) {
                List<Stmt> tx = open.remove(s.pid());
                if (tx != null && sql.equalsIgnoreCase("COMMIT")
                        && tx.stream().anyMatch(t -> t.sql().startsWith("insert into " + fromSchema + "decision "))) {
                    transactions.add(tx);
                }
            } else if (open.containsKey(s.pid())) {
                open.get(s.pid()).add(s);
            }
        }
        Path dir = work.resolve("pgbench");
        Files.createDirectories(dir);
        List<String> index = new ArrayList<>();
        Set<String> tables = new java.util.TreeSet<>();
        int n = 0;
        for (List<Stmt> tx : transactions) {
            List<String> sqls = new ArrayList<>();
            Map<String, String> decisionInsert = null;
            for (Stmt s : tx) {
                Map<String, String> cols = columns(s.sql());
                String literal = substitute(s.sql(), s.params());
                sqls.add(literal);
                if (s.sql().startsWith("insert into " + fromSchema + "decision ")) {
                    decisionInsert = bind(cols, s.params());
                }
            }
            long base = Long.parseLong(unquote(decisionInsert.get("log_seq"))) - 1;
            String team = unquote(decisionInsert.get("team_id"));
            boolean escalated = unquote(decisionInsert.get("verdict")).equals("ESCALATED");

            // Ids minted by the transaction become fresh per execution; ids it only refers to (boundaries) stay.
            Map<String, String> fresh = new LinkedHashMap<>();
            for (String sql : sqls) {
                Matcher m = UUID_LITERAL.matcher(sql);
                while (m.find()) {
                    if (!keep.contains(m.group()) && !fresh.containsKey(m.group())) {
                        fresh.put(m.group(), "pgb" + fresh.size() + "-:client_id-:bench_seq");
                    }
                }
            }
            StringBuilder script = new StringBuilder();
            script.append("-- POST /decisions of team ").append(team).append(" (")
                    .append(escalated ? "escalated" : "within remit")
                    .append("), as decision-service ran it; replayed on copies of its tables in ")
                    .append(toSchema, 0, toSchema.length() - 1).append("\n");
            script.append("\\set bench_seq :bench_seq + 1\n");
            script.append("BEGIN;\n");
            for (int i = 0; i < tx.size(); i++) {
                Stmt s = tx.get(i);
                String sql = sqls.get(i);
                // The log sequence follows the head row the transaction locks.
                sql = renumber(s, sql, base);
                for (Map.Entry<String, String> e : fresh.entrySet()) {
                    sql = sql.replace(e.getKey(), e.getValue());
                }
                Matcher t = Pattern.compile(Pattern.quote(fromSchema) + "([a-z_]+)").matcher(sql);
                while (t.find()) {
                    tables.add(t.group(1));
                }
                sql = sql.replace(fromSchema, toSchema);
                if (s.sql().startsWith("select") && s.sql().contains(fromSchema + "team_log_head")
                        && s.sql().contains(" for ")) {
                    script.append(sql).append(" \\gset h_\n");
                } else {
                    script.append(sql).append(";\n");
                }
            }
            script.append("COMMIT;\n");
            String name = String.format(Locale.ROOT, "tx-%03d-%s-%s.sql", n++, team,
                    escalated ? "escalated" : "within");
            Files.writeString(dir.resolve(name), script.toString());
            index.add(name + "\t" + team + "\t" + (escalated ? "escalated" : "within") + "\t" + tx.size());
        }
        Files.write(dir.resolve("index.tsv"), index);
        Files.write(dir.resolve("tables.txt"), new ArrayList<>(tables));
        log("pgscripts: %d transactions (%d statements in the first) touching %s", transactions.size(),
                transactions.isEmpty() ? 0 : transactions.get(0).size(), tables);
    }

    static void finish(List<Stmt> statements, Map<Integer, Stmt> lastOf, int pid, String kind, String text) {
        if (kind.equals("LOG")) {
            String sql = null;
            if (text.startsWith("statement: ")) {
                sql = text.substring("statement: ".length());
            } else if (text.startsWith("execute ")) {
                int colon = text.indexOf(": ");
                sql = text.substring(colon + 2);
            }
            if (sql != null) {
                Stmt s = new Stmt(pid, sql.trim(), new ArrayList<>());
                statements.add(s);
                lastOf.put(pid, s);
            }
        } else if (kind.equals("DETAIL") && text.startsWith("parameters: ") && lastOf.containsKey(pid)) {
            lastOf.get(pid).params().addAll(parseParams(text.substring("parameters: ".length())));
        }
    }

    /** "$1 = 'a', $2 = NULL, $3 = 'it''s'" -> ["'a'", "NULL", "'it''s'"] (SQL literals, as logged). */
    static List<String> parseParams(String s) {
        List<String> values = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int eq = s.indexOf(" = ", i);
            if (eq < 0) {
                break;
            }
            int j = eq + 3;
            if (s.startsWith("NULL", j)) {
                values.add("NULL");
                i = j + 4;
            } else {
                int k = j + 1;
                while (true) {
                    int q = s.indexOf('\'', k);
                    if (q + 1 < s.length() && s.charAt(q + 1) == '\'') {
                        k = q + 2;
                    } else {
                        values.add(s.substring(j, q + 1));
                        i = q + 1;
                        break;
                    }
                }
            }
            while (i < s.length() && (s.charAt(i) == ',' || s.charAt(i) == ' ')) {
                i++;
            }
        }
        return values;
    }

    static String substitute(String sql, List<String> params) {
        Matcher m = Pattern.compile("\\$(\\d+)").matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(params.get(Integer.parseInt(m.group(1)) - 1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Column name -> parameter number, for "insert into t (a,b) values ($1,$2)" and "update t set a=$1,b=$2 where ...".
     */
    static Map<String, String> columns(String sql) {
        Map<String, String> cols = new LinkedHashMap<>();
        Matcher insert = Pattern.compile("^insert into \\S+ \\(([^)]*)\\) values \\(([^)]*)\\)").matcher(sql);
        if (insert.find()) {
            String[] names = insert.group(1).split(",");
            String[] values = insert.group(2).split(",");
            for (int i = 0; i < names.length; i++) {
                cols.put(names[i].trim(), values[i].trim());
            }
        }
        Matcher set = Pattern.compile("(\\w+)=\\$(\\d+)").matcher(sql);
        while (set.find()) {
            cols.putIfAbsent(set.group(1), "$" + set.group(2));
        }
        return cols;
    }

    static Map<String, String> bind(Map<String, String> cols, List<String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        cols.forEach((c, p) -> values.put(c, params.get(Integer.parseInt(p.substring(1)) - 1)));
        return values;
    }

    static String unquote(String literal) {
        return literal.startsWith("'") ? literal.substring(1, literal.length() - 1).replace("''", "'") : literal;
    }

    /** log_seq / last_seq values become offsets from the head row read (and locked) in the same transaction. */
    static String renumber(Stmt s, String literal, long base) {
        Map<String, String> cols = columns(s.sql());
        String result = s.sql();
        List<String> params = new ArrayList<>(s.params());
        for (String column : List.of("log_seq", "last_seq")) {
            String p = cols.get(column);
            if (p != null) {
                int idx = Integer.parseInt(p.substring(1)) - 1;
                long v = Long.parseLong(unquote(params.get(idx)));
                params.set(idx, "(:h_last_seq + " + (v - base) + ")");
            }
        }
        return cols.containsKey("log_seq") || cols.containsKey("last_seq") ? substitute(result, params) : literal;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // report
    // ---------------------------------------------------------------------------------------------------------------

    static void report(Path work) throws IOException {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String line : Files.readAllLines(work.resolve("results.kv"))) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                kv.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        List<String[]> rows = new ArrayList<>();
        Table t = new Table(kv, rows);

        t.section("1. POST /decisions (70 % within remit, 30 % escalating, 120 teams)");
        t.row("throughput", "post_rps", "req/s", ">= 1500", v -> v >= 1500, "pg_tx_tps", "pgbench of its transaction");
        t.row("p50 latency", "post_p50_ms", "ms", "", null, "pg_tx_p50_ms", "pgbench of its transaction");
        t.row("p99 latency", "post_p99_ms", "ms", "<= 50", v -> v <= 50, "pg_tx_p99_ms", "pgbench of its transaction");
        t.row("errors (non-2xx + socket)", "post_errors", "", "0", v -> v == 0, null, null);
        t.ratioRow("throughput / pgbench of its own transaction", "post_rps", "pg_tx_tps", ">= 0.5", v -> v >= 0.5);
        t.ratioRow("throughput / pgbench single-row insert", "post_rps", "pg_insert_tps", "", null);
        t.ratioRow("throughput / GET /q/health/live", "post_rps", "health_rps", "", null);

        t.section("2. POST /decisions/evaluate");
        t.row("throughput", "eval_rps", "req/s", ">= 5000", v -> v >= 5000, "health_rps", "/q/health/live");
        t.row("p50 latency", "eval_p50_ms", "ms", "", null, "health_p50_ms", "/q/health/live");
        t.row("p99 latency", "eval_p99_ms", "ms", "<= 20", v -> v <= 20, "health_p99_ms", "/q/health/live");
        t.row("errors (non-2xx + socket)", "eval_errors", "", "0", v -> v == 0, null, null);

        t.section("3. Reads");
        t.row("GET /decisions?teamId= pages: throughput", "pages_rps", "req/s", "", null, "health_rps",
                "/q/health/live");
        t.row("GET /decisions?teamId= pages: p99", "pages_p99_ms", "ms", "", null, "health_p99_ms", "/q/health/live");
        t.row("GET /decisions?teamId= pages: errors", "pages_errors", "", "0", v -> v == 0, null, null);
        t.row("GET /audit/escalations pages: throughput", "audit_rps", "req/s", "", null, "health_rps",
                "/q/health/live");
        t.row("GET /audit/escalations pages: p99", "audit_p99_ms", "ms", "", null, "health_p99_ms", "/q/health/live");
        t.row("GET /audit/escalations pages: errors", "audit_errors", "", "0", v -> v == 0, null, null);

        t.section("4. End-to-end: POST /decisions response -> inbox notification visible");
        t.row("escalations measured", "e2e_visible", "", ">= 1000", v -> v >= 1000, null, null);
        t.row("p50", "e2e_p50_ms", "ms", "", null, null, null);
        t.row("p95", "e2e_p95_ms", "ms", "<= 300", v -> v <= 300, null, null);
        t.row("p99", "e2e_p99_ms", "ms", "<= 1000", v -> v <= 1000, null, null);
        t.row("max", "e2e_p100_ms", "ms", "", null, null, null);
        t.row("not visible within 60 s / failed POSTs", "e2e_lost", "", "0", v -> v == 0, null, null);
        t.row("POST /decisions latency during this phase (open loop): p99", "e2e_post_p99_ms", "ms", "",
                null, null, null);
        t.row("notification-service escalation throughput (working off the POST backlog)", "post_drain_rate", "/s", "",
                null, null, null);

        t.section("5. POST /decisions again, with 1,000,000 more decisions in the log");
        t.row("decisions in the log", "fill_total_rows", "", ">= 1000000", v -> v >= 1_000_000, null, null);
        t.row("throughput", "post2_rps", "req/s", ">= 0.8 x item 1", v -> kv.containsKey("post_rps")
                && v >= 0.8 * Double.parseDouble(kv.get("post_rps")), "post_rps", "item 1");
        t.row("p99 latency", "post2_p99_ms", "ms", "<= 50", v -> v <= 50, "post_p99_ms", "item 1");
        t.row("errors (non-2xx + socket)", "post2_errors", "", "0", v -> v == 0, null, null);

        t.section("6. Baselines (same run, same concurrency)");
        t.row("GET /q/health/live (decision-service): throughput", "health_rps", "req/s", "", null, null, null);
        t.row("GET /q/health/live: p50", "health_p50_ms", "ms", "", null, null, null);
        t.row("GET /q/health/live: p99", "health_p99_ms", "ms", "", null, null, null);
        t.row("pgbench, the captured POST /decisions transactions (70/30): throughput", "pg_tx_tps", "tx/s", "", null,
                null, null);
        t.row("pgbench, same transactions: p50", "pg_tx_p50_ms", "ms", "", null, null, null);
        t.row("pgbench, same transactions: p99", "pg_tx_p99_ms", "ms", "", null, null, null);
        t.row("pgbench, single-row insert: throughput", "pg_insert_tps", "tx/s", "", null, null, null);
        t.row("pgbench, single-row insert: p50", "pg_insert_p50_ms", "ms", "", null, null, null);
        t.row("pgbench, single-row insert: p99", "pg_insert_p99_ms", "ms", "", null, null, null);

        t.section("7. Services");
        for (String s : List.of("team-service", "decision-service", "notification-service")) {
            String k = s.replace("-service", "");
            t.row(s + ": started in (three JVMs at once)", k + "_started_s", "s", "<= 2.5", v -> v <= 2.5, null, null);
            t.row(s + ": launch -> ready, started alone", k + "_solo_ready_s", "s", "<= 2.5", v -> v <= 2.5,
                    null, null);
            t.row(s + ": resident memory, max under load", k + "_rss_mb", "MB", "<= 300", v -> v <= 300, null, null);
        }

        StringBuilder out = new StringBuilder();
        out.append("| figure | measured | target | baseline | ratio | verdict |\n");
        out.append("| --- | ---: | --- | ---: | ---: | --- |\n");
        for (String[] r : rows) {
            out.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        System.out.print(out);
        Files.writeString(work.resolve("table.md"), out.toString());
    }

    interface Check {
        boolean ok(double v);
    }

    record Table(Map<String, String> kv, List<String[]> rows) {
        void section(String title) {
            rows.add(new String[] {"**" + title + "**", "", "", "", "", ""});
        }

        Double value(String key) {
            String v = kv.get(key);
            if (v == null || v.isBlank() || v.equals("n/a")) {
                return null;
            }
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        void row(String label, String key, String unit, String target, Check check, String baseKey, String baseName) {
            Double v = value(key);
            Double b = baseKey == null ? null : value(baseKey);
            String measured = v == null ? "n/a" : num(v) + (unit.isEmpty() ? "" : " " + unit);
            String baseline = b == null ? "" : num(b) + " (" + baseName + ")";
            String ratio = v == null || b == null || b == 0 ? "" : String.format(Locale.ROOT, "%.2f", v / b);
            String verdict = check == null ? "" : v == null ? "not measured" : check.ok(v) ? "PASS" : "**GAP**";
            rows.add(new String[] {label, measured, target, baseline, ratio, verdict});
        }

        void ratioRow(String label, String key, String baseKey, String target, Check check) {
            Double v = value(key);
            Double b = value(baseKey);
            Double r = v == null || b == null || b == 0 ? null : v / b;
            String verdict = check == null ? "" : r == null ? "not measured" : check.ok(r) ? "PASS" : "**GAP**";
            rows.add(new String[] {label, r == null ? "n/a" : String.format(Locale.ROOT, "%.2f", r), target, "", "",
                    verdict});
        }

        static String num(double v) {
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return String.format(Locale.ROOT, "%,d", (long) v);
            }
            return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // jfrtop: a summary of a JFR recording's execution samples (JDK only)
    // ---------------------------------------------------------------------------------------------------------------

    static final Map<String, String> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("org.postgresql.", "PostgreSQL JDBC driver");
        AREAS.put("io.agroal.", "connection pool (Agroal)");
        AREAS.put("com.arjuna.", "transactions (Narayana)");
        AREAS.put("io.quarkus.narayana", "transactions (Narayana)");
        AREAS.put("org.hibernate.validator", "bean validation");
        AREAS.put("org.hibernate.", "Hibernate ORM");
        AREAS.put("io.smallrye.jwt", "JWT verification");
        AREAS.put("org.jose4j.", "JWT verification");
        AREAS.put("sun.security.", "crypto (JWT signature, TLS)");
        AREAS.put("java.security.", "crypto (JWT signature, TLS)");
        AREAS.put("com.fasterxml.jackson", "JSON (Jackson)");
        AREAS.put("io.cloudevents", "CloudEvents");
        AREAS.put("org.apache.kafka", "Kafka client");
        AREAS.put("io.smallrye.reactive.messaging", "SmallRye messaging");
        AREAS.put("io.smallrye.faulttolerance", "fault tolerance");
        AREAS.put("io.vertx.", "HTTP (Vert.x, Netty)");
        AREAS.put("io.netty.", "HTTP (Vert.x, Netty)");
        AREAS.put("org.jboss.resteasy", "REST (RESTEasy Reactive)");
        AREAS.put("io.quarkus.resteasy", "REST (RESTEasy Reactive)");
        AREAS.put("io.quarkus.arc", "CDI (ArC)");
        AREAS.put("io.micrometer", "metrics (Micrometer)");
        AREAS.put("org.jboss.logmanager", "logging");
        AREAS.put("io.remit.", "Remit code");
        AREAS.put("java.util.regex", "regex");
    }

    /** The library area a frame's "class.method" belongs to, or null for the JDK and others. */
    static String areaOf(String name) {
        for (var e : AREAS.entrySet()) {
            if (name.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    static void jfrTop(Path file, int n) throws IOException {
        Map<String, Integer> self = new java.util.HashMap<>();
        Map<String, Integer> inclusive = new java.util.HashMap<>();
        Map<String, Integer> remitSelfOrBelow = new java.util.HashMap<>();
        Map<String, Integer> areas = new java.util.HashMap<>();
        Map<String, Integer> threads = new java.util.HashMap<>();
        int total = 0;
        int gcs = 0;
        long gcPauseNanos = 0;
        long gcMaxPauseNanos = 0;
        Map<String, Integer> gcNames = new java.util.TreeMap<>();
        long allocTotal = 0;
        Map<String, Long> allocAreas = new java.util.HashMap<>();
        Map<String, Long> allocRemit = new java.util.HashMap<>();
        java.time.Instant first = null;
        java.time.Instant last = null;
        try (var recording = new jdk.jfr.consumer.RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                var event = recording.readEvent();
                if (event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    if (first == null || event.getStartTime().isBefore(first)) {
                        first = event.getStartTime();
                    }
                    if (last == null || event.getEndTime().isAfter(last)) {
                        last = event.getEndTime();
                    }
                }
                if (event.getEventType().getName().equals("jdk.GarbageCollection")) {
                    gcs++;
                    gcPauseNanos += event.getDuration("sumOfPauses").toNanos();
                    gcMaxPauseNanos = Math.max(gcMaxPauseNanos, event.getDuration("longestPause").toNanos());
                    gcNames.merge(event.getString("name"), 1, Integer::sum);
                    continue;
                }
                if (event.getEventType().getName().equals("jdk.ObjectAllocationSample")
                        && event.getStackTrace() != null) {
                    long weight = event.getLong("weight");
                    allocTotal += weight;
                    String area = null;
                    String firstRemit = null;
                    for (var frame : event.getStackTrace().getFrames()) {
                        String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
                        if (area == null) {
                            area = areaOf(name);
                        }
                        if (firstRemit == null && name.startsWith("io.remit.")) {
                            firstRemit = name;
                        }
                    }
                    allocAreas.merge(area == null ? "JDK and other" : area, weight, Long::sum);
                    allocRemit.merge(firstRemit == null ? "(no Remit frame)" : firstRemit, weight, Long::sum);
                    continue;
                }
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                total++;
                var frames = event.getStackTrace().getFrames();
                var thread = event.getThread("sampledThread");
                String threadName = thread == null || thread.getJavaName() == null ? "?"
                        : thread.getJavaName().replaceAll("[0-9]+", "#");
                threads.merge(threadName, 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                String area = null;
                String firstRemit = null;
                for (int i = 0; i < frames.size(); i++) {
                    var method = frames.get(i).getMethod();
                    String name = method.getType().getName() + "." + method.getName();
                    if (i == 0) {
                        self.merge(name, 1, Integer::sum);
                    }
                    if (seen.add(name)) {
                        inclusive.merge(name, 1, Integer::sum);
                    }
                    if (area == null) {
                        area = areaOf(name);
                    }
                    if (firstRemit == null && name.startsWith("io.remit.")) {
                        firstRemit = name;
                    }
                }
                areas.merge(area == null ? "JDK and other" : area, 1, Integer::sum);
                if (firstRemit != null) {
                    remitSelfOrBelow.merge(firstRemit, 1, Integer::sum);
                }
            }
        }
        double seconds = first == null ? 0 : Duration.between(first, last).toMillis() / 1000.0;
        System.out.println(file + ": " + total + " CPU samples over " + fmt(seconds) + " s");
        System.out.printf(Locale.ROOT,
                "GC: %d collections %s, pauses %.0f ms in all (%.1f %% of the time), longest %.1f ms%n",
                gcs, gcNames, gcPauseNanos / 1e6, seconds == 0 ? 0 : gcPauseNanos / 1e7 / seconds,
                gcMaxPauseNanos / 1e6);
        print("by area (the innermost frame that belongs to a known library)", areas, total, n);
        print("by thread", threads, total, 10);
        print("self (top frame)", self, total, n);
        print("inclusive (on the stack)", inclusive, total, n);
        print("innermost Remit frame (Remit code and what it calls)", remitSelfOrBelow, total, n);
        System.out.printf(Locale.ROOT, "%n-- allocation: %.0f MB sampled (%.0f MB/s)%n", allocTotal / 1e6,
                seconds == 0 ? 0 : allocTotal / 1e6 / seconds);
        printLong("allocation by area", allocAreas, allocTotal, n);
        printLong("allocation by innermost Remit frame", allocRemit, allocTotal, n);
    }

    static void printLong(String title, Map<String, Long> counts, long total, int n) {
        System.out.println("\n-- " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .forEach(e -> System.out.printf(Locale.ROOT, "%6.1f %%  %s%n", 100.0 * e.getValue() / total,
                        e.getKey()));
    }

    static void print(String title, Map<String, Integer> counts, int total, int n) {
        System.out.println("\n-- " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .forEach(e -> System.out.printf(Locale.ROOT, "%6.1f %%  %s%n", 100.0 * e.getValue() / total,
                        e.getKey()));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // helpers
    // ---------------------------------------------------------------------------------------------------------------

    static CompletableFuture<HttpResponse<String>> call(String method, String url, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static CompletableFuture<HttpResponse<String>> callRetrying409(String method, String url, String token,
            String body) {
        return call(method, url, token, body).thenCompose(r -> r.statusCode() == 409
                && r.body().contains("concurrent-update")
                ? CompletableFuture.supplyAsync(() -> null,
                                CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS))
                        .thenCompose(x -> callRetrying409(method, url, token, body))
                : CompletableFuture.completedFuture(r));
    }

    static void parallel(List<Supplier<CompletableFuture<Void>>> tasks, int concurrency) {
        Semaphore permits = new Semaphore(concurrency);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (Supplier<CompletableFuture<Void>> task : tasks) {
            permits.acquireUninterruptibly();
            all.add(task.get().whenComplete((r, e) -> permits.release()));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    }

    static void expect(HttpResponse<String> r, String what, int... statuses) {
        if (Arrays.stream(statuses).noneMatch(s -> s == r.statusCode())) {
            throw new IllegalStateException(what + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }

    /** The first "name":"value" string field of a JSON text (enough for the few fields read here). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String escalationId(String decisionJson) {
        Matcher m = Pattern.compile("\"escalation\":\\{\"id\":\"([^\"]+)\"").matcher(decisionJson);
        return m.find() ? m.group(1) : null;
    }

    static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int idx = (int) Math.ceil(q / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void log(String format, Object... args) {
        System.err.println(String.format(Locale.ROOT, format, args));
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        };
    }
}
