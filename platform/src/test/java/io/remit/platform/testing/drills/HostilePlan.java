package io.remit.platform.testing.drills;

import io.remit.platform.testing.drills.HostileBodies.Body;
import io.remit.platform.testing.drills.HostileRun.Expect;
import io.remit.platform.testing.drills.HostileRun.Req;
import io.remit.platform.testing.drills.HostileTokens.Attack;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Generates a drill's hostile requests from the operations of a contract, with jqwik and a fixed seed:
 * <ol>
 * <li>bad token: every forged or broken token on every operation, then random ones, on valid requests (exactly 401)
 * and on hostile bodies (refused, never 403: that would mean the token was believed);</li>
 * <li>no right: callers without the right to write, with valid bodies (exactly 403) and hostile ones (refused);</li>
 * <li>hostile input: callers with the right, with mutated bodies, hostile path ids, query values and headers
 * (anything but a 5xx; a write only when accepted).</li>
 * </ol>
 */
public final class HostilePlan {

    /** The generators' seed: fixed, so a run is reproducible; another with {@code -Dremit.drills.seed=<seed>}. */
    public static final String SEED = System.getProperty("remit.drills.seed", "20261122");

    /** How many requests a drill generates per service ({@code -Dremit.drills.requests=<n>}). */
    public static final int REQUESTS = Integer.getInteger("remit.drills.requests", 5_200);

    /**
     * One operation of the contract as a caller with the right sends it validly. {@code path} may hold
     * {@link HostileRun#UNIQUE}, as may the body and headers. {@code uncoercible} names body fields (dotted paths)
     * that only ever get values Jackson cannot coerce, so an accepted mutation cannot write outside the drill's data.
     */
    public record Op(String method, String template, String path, String validBody, List<String> uncoercible,
            String bearer, Map<String, String> headers, List<String> withoutRight, List<String> queryNames,
            boolean readOnly) {

        public static Op read(String template, String path, String bearer, String... queryNames) {
            return new Op("GET", template, path, null, List.of(), bearer, Map.of(), List.of(), List.of(queryNames),
                    true);
        }

        public static Op write(String method, String template, String path, String validBody, String bearer,
                List<String> withoutRight) {
            return new Op(method, template, path, validBody, List.of(), bearer, Map.of(), withoutRight, List.of(),
                    false);
        }

        public Op uncoercible(String... fields) {
            return new Op(method, template, path, validBody, List.of(fields), bearer, headers, withoutRight,
                    queryNames, readOnly);
        }

        public Op headers(Map<String, String> headers) {
            return new Op(method, template, path, validBody, uncoercible, bearer, headers, withoutRight, queryNames,
                    readOnly);
        }

        /** Callers who may not call it at all (for a read: who may not read it). */
        public Op withoutRight(String... bearers) {
            return new Op(method, template, path, validBody, uncoercible, bearer, headers, List.of(bearers),
                    queryNames, readOnly);
        }

        /** A POST that only answers and never writes (e.g. an evaluation). */
        public Op answersOnly() {
            return new Op(method, template, path, validBody, uncoercible, bearer, headers, withoutRight, queryNames,
                    true);
        }

        public String operation() {
            return method + " " + template;
        }

        public Body body() {
            return validBody == null ? null : HostileBodies.json("valid", validBody);
        }

        public Expect anything() {
            return readOnly ? Expect.anyRead() : Expect.anyWrite();
        }
    }

    private final List<Op> ops;
    private final String forgedSubject;
    private final int total;
    private final List<Req> out = new ArrayList<>();

    /**
     * @param forgedSubject the user forged tokens claim to be (a real one, so that a believed token could write)
     * @param total roughly how many requests to generate
     */
    public HostilePlan(List<Op> ops, String forgedSubject, int total) {
        this.ops = ops;
        this.forgedSubject = forgedSubject;
        this.total = total;
    }

    public List<Req> generate(String seed) {
        JqwikSession.run(seed, () -> {
            badTokens(total * 30 / 100);
            noRight(total * 20 / 100);
            hostileInput(total - total * 30 / 100 - total * 20 / 100);
        });
        return out;
    }

    private void badTokens(int n) {
        List<Attack> forged = HostileTokens.forged(forgedSubject);
        for (Attack attack : forged) {
            for (Op op : ops) {
                out.add(new Req("bad token", attack.kind(), op.method(), op.path(), attack.kind(), attack.header(),
                        op.headers(), op.body(), Expect.refused(401)));
            }
        }
        int more = n - forged.size() * ops.size();
        List<Op> opSample = sample(Arbitraries.of(ops), more);
        List<Attack> attacks = sample(Arbitraries.oneOf(Arbitraries.of(forged), HostileTokens.garbage()), more);
        List<Boolean> mutate = sample(Arbitraries.integers().between(0, 3).map(i -> i == 0), more);
        for (int i = 0; i < more; i++) {
            Op op = opSample.get(i);
            Attack attack = attacks.get(i);
            boolean hostile = mutate.get(i) && op.validBody() != null;
            out.add(new Req("bad token", attack.kind(), op.method(), op.path(), attack.kind(), attack.header(),
                    op.headers(), hostile ? mutation(op) : op.body(),
                    hostile ? Expect.refusedBut(403) : Expect.refused(401)));
        }
    }

    private void noRight(int n) {
        List<Op> guarded = ops.stream().filter(op -> !op.withoutRight().isEmpty()).toList();
        if (guarded.isEmpty()) {
            return;
        }
        List<Op> opSample = sample(Arbitraries.of(guarded), n);
        List<Integer> callers = sample(Arbitraries.integers().between(0, 1000), n);
        List<Boolean> mutate = sample(Arbitraries.integers().between(0, 1).map(i -> i == 0), n);
        for (int i = 0; i < n; i++) {
            Op op = opSample.get(i);
            String bearer = op.withoutRight().get(callers.get(i) % op.withoutRight().size());
            boolean hostile = mutate.get(i) && op.validBody() != null;
            out.add(new Req("no right", hostile ? "hostile body" : "valid body", op.method(), op.path(), "no right",
                    "Bearer " + bearer, op.headers(), hostile ? mutation(op) : op.body(),
                    hostile ? Expect.refused() : Expect.refused(403)));
        }
    }

    private void hostileInput(int n) {
        List<Op> withBody = ops.stream().filter(op -> op.validBody() != null).toList();
        List<Op> withHeaders = ops.stream().filter(op -> !op.headers().isEmpty()).toList();
        List<Op> withQuery = ops.stream().filter(op -> !op.queryNames().isEmpty()).toList();
        int bodies = withBody.isEmpty() ? 0 : n * 50 / 100;
        int unexpectedBodies = n * 3 / 100;
        int headers = n * 8 / 100;
        int queries = withQuery.isEmpty() ? 0 : n * 17 / 100;
        int paths = n - bodies - unexpectedBodies - headers - queries;

        for (Op op : withBody) {
            for (Body body : sample(HostileBodies.mutationsOf(op.validBody(), op.uncoercible()),
                    bodies / withBody.size())) {
                out.add(new Req("hostile input", "body: " + body.kind(), op.method(), op.path(), "right",
                        "Bearer " + op.bearer(), op.headers(), body, op.anything()));
            }
        }
        List<Op> noBody = ops.stream().filter(op -> op.validBody() == null).toList();
        List<Op> noBodySample = sample(Arbitraries.of(noBody), unexpectedBodies);
        List<Body> strayBodies = sample(HostileBodies.malformed("{\"reason\":\"" + HostileRun.UNIQUE + "\"}"),
                unexpectedBodies);
        for (int i = 0; i < unexpectedBodies; i++) {
            Op op = noBodySample.get(i);
            out.add(new Req("hostile input", "unexpected body: " + strayBodies.get(i).kind(), op.method(), op.path(),
                    "right", "Bearer " + op.bearer(), op.headers(), strayBodies.get(i), op.anything()));
        }

        List<Op> pathOps = sample(Arbitraries.of(ops), paths);
        List<String> segments = sample(HostileValues.pathSegments(), paths);
        List<Integer> which = sample(Arbitraries.integers().between(0, 3), paths);
        for (int i = 0; i < paths; i++) {
            Op op = pathOps.get(i);
            out.add(new Req("hostile input", "path id", op.method(), hostilePath(op, segments.get(i), which.get(i)),
                    "right", "Bearer " + op.bearer(), op.headers(), op.body(), op.anything()));
        }

        if (queries > 0) {
            List<Op> queryOps = sample(Arbitraries.of(withQuery), queries);
            List<Integer> names = sample(Arbitraries.integers().between(0, 1000), queries);
            List<String> values = sample(HostileValues.queryValues(), queries);
            for (int i = 0; i < queries; i++) {
                Op op = queryOps.get(i);
                String name = op.queryNames().get(names.get(i) % op.queryNames().size());
                String base = op.path().replaceFirst("\\?.*", "");
                out.add(new Req("hostile input", "query " + name, op.method(), base + "?" + name + "=" + values.get(i)
                        + "&limit=5", "right", "Bearer " + op.bearer(), op.headers(), op.body(), op.anything()));
            }
        }

        Arbitrary<String> accept = Arbitraries.of("application/xml", "text/csv", "text/html", "*/*;q=0",
                "application/json;q=0", "image/png", "application/json; charset=EBCDIC", ";;;,,,", "a/b/c",
                "text/*", "application/problem+json");
        Arbitrary<String> headerValues = Arbitraries.oneOf(HostileValues.queryValues(), Arbitraries.of("*",
                "W/\"1\"", "\"0\"", "\"-1\"", "\"99999999999999999999\"", "\"1\", \"2\"", "", " ",
                "\"" + "9".repeat(5000) + "\"", "x".repeat(201), "x".repeat(7000), "x".repeat(30_000)));
        List<Op> headerOps = sample(Arbitraries.of(ops), headers);
        List<Integer> pick = sample(Arbitraries.integers().between(0, 1000), headers);
        List<String> acceptValues = sample(accept, headers);
        List<String> values = sample(headerValues, headers);
        for (int i = 0; i < headers; i++) {
            boolean own = !withHeaders.isEmpty() && pick.get(i) % 2 == 0;
            Op op = own ? withHeaders.get(pick.get(i) % withHeaders.size()) : headerOps.get(i);
            Map<String, String> header = new LinkedHashMap<>(op.headers());
            String name = own ? new ArrayList<>(op.headers().keySet()).get(pick.get(i) % op.headers().size())
                    : "Accept";
            header.put(name, own ? values.get(i) : acceptValues.get(i));
            out.add(new Req("hostile input", "header " + name, op.method(), op.path(), "right", "Bearer " + op.bearer(),
                    header, op.body(), op.anything()));
        }
    }

    private Body mutation(Op op) {
        return sample(HostileBodies.mutationsOf(op.validBody(), op.uncoercible()), 1).get(0);
    }

    /** The operation's path with one of its ids replaced by a hostile segment (or one appended). */
    private static String hostilePath(Op op, String segment, int which) {
        String[] template = op.template().split("/");
        String[] actual = op.path().replaceFirst("\\?.*", "").split("/");
        List<Integer> params = new ArrayList<>();
        for (int i = 0; i < template.length && i < actual.length; i++) {
            if (template[i].startsWith("{")) {
                params.add(i);
            }
        }
        if (params.isEmpty() || which == 3) {
            return op.path().replaceFirst("\\?.*", "") + "/" + segment;
        }
        actual[params.get(which % params.size())] = segment;
        return String.join("/", Arrays.asList(actual));
    }

    private static <T> List<T> sample(Arbitrary<T> arbitrary, int n) {
        return n <= 0 ? List.of() : arbitrary.sampleStream().limit(n).toList();
    }
}
