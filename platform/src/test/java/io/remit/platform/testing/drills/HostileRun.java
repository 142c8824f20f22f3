package io.remit.platform.testing.drills;

import static io.restassured.RestAssured.given;

import io.remit.platform.testing.contract.ContractValidation;
import io.remit.platform.testing.contract.ContractViolation;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Sends generated hostile requests one after another and checks each answer: never a 5xx, problem+json for every
 * 4xx, the expected status where one is known, and no write when the request was refused (or was a read): the
 * service's row fingerprint must be the same after the request as before it; and each answer to a documented
 * operation is what the committed contract declares (the requests themselves are not checked against it).
 */
public final class HostileRun {

    /** Stands for a fresh unique value (e.g. a new team id) in a request's path, headers and body. */
    public static final String UNIQUE = "zz-uniq-zz";

    /**
     * 4xx answers the HTTP server gives before the application sees the request, so without problem+json: a request
     * line longer than the server accepts (414) and oversized headers (431). Reported, not failed.
     */
    public static final Set<Integer> HTTP_LAYER_STATUSES = Set.of(414, 431);

    /** What a request must get. */
    public record Expect(boolean mustRefuse, boolean readOnly, Set<Integer> statuses) {

        /** Must be refused, with exactly this status. */
        public static Expect refused(int status) {
            return new Expect(true, true, Set.of(status));
        }

        /** Must be refused, with any 4xx. */
        public static Expect refused() {
            return new Expect(true, true, null);
        }

        /** Must be refused, with any 4xx but these (e.g. 403 would show a forged token was believed). */
        public static Expect refusedBut(Integer... never) {
            Set<Integer> forbidden = Set.of(never);
            Set<Integer> allowed = new HashSet<>();
            for (int s = 400; s < 500; s++) {
                if (!forbidden.contains(s)) {
                    allowed.add(s);
                }
            }
            return new Expect(true, true, allowed);
        }

        /** May be accepted or refused; it may write only when accepted. */
        public static Expect anyWrite() {
            return new Expect(false, false, null);
        }

        /** May be accepted or refused; it never writes. */
        public static Expect anyRead() {
            return new Expect(false, true, null);
        }
    }

    /**
     * A defect already reported but not yet fixed: the failures it explains are listed in the report instead of
     * failing the drill, unless {@code -Dremit.drills.strict=true}. Remove the entry once the defect is fixed.
     */
    public record KnownDefect(String id, String description, BiPredicate<Req, Response> explains) {
    }

    /** One generated request. {@code path} is as it goes on the wire (already percent-encoded). */
    public record Req(String phase, String kind, String method, String path, String authKind, String authorization,
            Map<String, String> headers, HostileBodies.Body body, Expect expect) {
    }

    private static final RestAssuredConfig CONFIG = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.socket.timeout", 30_000).setParam("http.connection.timeout", 10_000));

    private final String uniquePrefix;
    private final Supplier<List<Object>> fingerprint;
    private final UnaryOperator<String> headerValues;
    private final Map<Integer, Integer> histogram = new TreeMap<>();
    private final Map<String, Integer> perPhase = new LinkedHashMap<>();
    private final Map<String, Integer> accepted = new TreeMap<>();
    private final Map<String, Integer> httpLayer = new TreeMap<>();
    private final Map<String, Integer> unsendable = new TreeMap<>();
    private final Map<String, List<String>> acceptedSamples = new TreeMap<>();
    private final Map<String, Integer> knownHits = new TreeMap<>();
    private final Map<String, String> knownExamples = new TreeMap<>();
    private final List<KnownDefect> knownDefects = new ArrayList<>();
    private final boolean strict = Boolean.getBoolean("remit.drills.strict");
    private final List<String> failures = new ArrayList<>();
    private int failureCount;
    private int sent;
    private int counter;
    private long nanos;
    /** Of {@link #nanos}, the time spent reading the row fingerprint after each request. */
    private long fingerprintNanos;

    /**
     * @param uniquePrefix what {@link #UNIQUE} becomes, followed by a counter
     * @param fingerprint the rows this drill could touch (counts, version sums), read in a new transaction
     */
    public HostileRun(String uniquePrefix, Supplier<List<Object>> fingerprint) {
        this(uniquePrefix, fingerprint, value -> value);
    }

    /** @param headerValues resolves header values that must be read just before sending, e.g. a current ETag */
    public HostileRun(String uniquePrefix, Supplier<List<Object>> fingerprint, UnaryOperator<String> headerValues) {
        this.uniquePrefix = uniquePrefix;
        this.fingerprint = fingerprint;
        this.headerValues = headerValues;
    }

    public void run(List<Req> requests) {
        long start = System.nanoTime();
        List<Object> before = fingerprint.get();
        for (Req req : requests) {
            String unique = uniquePrefix + "-" + (++counter);
            Response response;
            String breach = null;
            try {
                response = send(req, unique);
            } catch (ContractViolation violation) {
                response = violation.response();
                breach = violation.getMessage();
            } catch (RuntimeException clientSide) {
                unsendable.merge(req.kind() + ": " + clientSide.getClass().getSimpleName(), 1, Integer::sum);
                continue;
            }
            sent++;
            perPhase.merge(req.phase(), 1, Integer::sum);
            int status = response.statusCode();
            histogram.merge(status, 1, Integer::sum);
            long fingerprintStart = System.nanoTime();
            List<Object> after = fingerprint.get();
            fingerprintNanos += System.nanoTime() - fingerprintStart;
            check(req, unique, response, status, before, after);
            if (breach != null) {
                fail("answer breaks the contract: " + breach, req, unique, response, before, after);
            }
            if (status >= 200 && status < 300 && !req.expect().readOnly()) {
                String kind = req.phase() + " / " + req.kind();
                accepted.merge(kind, 1, Integer::sum);
                List<String> samples = acceptedSamples.computeIfAbsent(kind, k -> new ArrayList<>());
                if (samples.size() < 2 && req.body() != null) {
                    samples.add(req.method() + " " + abbreviate(req.path().replace(UNIQUE, unique)) + " "
                            + abbreviate(req.body().preview().replace(UNIQUE, unique)) + " -> " + status);
                }
            }
            before = after;
        }
        nanos += System.nanoTime() - start;
    }

    private void check(Req req, String unique, Response response, int status, List<Object> before,
            List<Object> after) {
        String contentType = Objects.toString(response.getContentType(), "");
        if (status >= 500) {
            fail("5xx", req, unique, response, before, after);
        } else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            if (HTTP_LAYER_STATUSES.contains(status) && contentType.isEmpty()) {
                httpLayer.merge(status + " " + req.kind(), 1, Integer::sum);
            } else {
                fail("4xx without application/problem+json (got '" + contentType + "')", req, unique, response,
                        before, after);
            }
        }
        if (req.expect().mustRefuse() && status < 400) {
            fail("accepted although it must be refused", req, unique, response, before, after);
        } else if (req.expect().statuses() != null && !req.expect().statuses().contains(status) && status < 500) {
            fail("unexpected status", req, unique, response, before, after);
        }
        boolean refused = status >= 400;
        if ((refused || req.expect().readOnly()) && !before.equals(after)) {
            fail(refused ? "wrote although refused" : "a read wrote", req, unique, response, before, after);
        }
    }

    private Response send(Req req, String unique) {
        // The requests are hostile on purpose; their answers must still be what the contract declares.
        RequestSpecification spec = given().config(CONFIG).urlEncodingEnabled(false)
                .filter(ContractValidation.responsesOnly());
        if (req.authorization() != null) {
            spec.header("Authorization", req.authorization().replace(UNIQUE, unique));
        }
        req.headers().forEach((name, value) -> spec.header(name, headerValues.apply(value).replace(UNIQUE, unique)));
        HostileBodies.Body body = req.body();
        if (body != null && body.bytes() != null) {
            spec.body(replace(body.bytes(), unique));
        }
        if (body != null && body.contentType() != null) {
            spec.contentType(body.contentType());
        } else {
            spec.noContentType();
        }
        return spec.request(req.method(), req.path().replace(UNIQUE, unique));
    }

    private static byte[] replace(byte[] bytes, String unique) {
        byte[] needle = UNIQUE.getBytes(StandardCharsets.US_ASCII);
        byte[] with = unique.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
        int i = 0;
        while (i < bytes.length) {
            if (i + needle.length <= bytes.length && Arrays.equals(bytes, i, i + needle.length, needle, 0,
                    needle.length)) {
                out.write(with, 0, with.length);
                i += needle.length;
            } else {
                out.write(bytes[i++]);
            }
        }
        return out.toByteArray();
    }

    /** Declares a known, reported defect (see {@link KnownDefect}). */
    public HostileRun knownDefect(String id, String description, BiPredicate<Req, Response> explains) {
        knownDefects.add(new KnownDefect(id, description, explains));
        return this;
    }

    private void fail(String what, Req req, String unique, Response response, List<Object> before,
            List<Object> after) {
        String failure = describe(what, req, unique, response, before, after);
        if (!strict) {
            for (KnownDefect defect : knownDefects) {
                if (defect.explains().test(req, response)) {
                    knownHits.merge(defect.id(), 1, Integer::sum);
                    knownExamples.putIfAbsent(defect.id(), failure);
                    return;
                }
            }
        }
        failureCount++;
        if (failures.size() < 40) {
            failures.add(failure);
        }
    }

    private String describe(String what, Req req, String unique, Response response, List<Object> before,
            List<Object> after) {
        String answer = response.asString();
        return String.format("%s: %s %s%n    phase=%s kind=%s auth=%s headers=%s%n    body=%s%n    -> %d %s %s"
                        + "%n    rows before=%s after=%s", what, req.method(),
                abbreviate(req.path().replace(UNIQUE, unique)),
                req.phase(), req.kind(), req.authKind(), req.headers(),
                req.body() == null ? "<none>" : abbreviate(req.body().preview().replace(UNIQUE, unique)),
                response.statusCode(), response.getContentType(), abbreviate(answer), before, after);
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "...(" + text.length() + " chars)" : text;
    }

    public int sent() {
        return sent;
    }

    public int failureCount() {
        return failureCount;
    }

    public List<String> failures() {
        return failures;
    }

    public String report(String service) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n=== Hostile input drill: %s ===%n", service));
        out.append(String.format("requests sent: %d in %.1f s (%.1f ms each, of which %.1f ms reading the rows' "
                + "fingerprint)%n", sent, nanos / 1e9, sent == 0 ? 0 : nanos / 1e6 / sent,
                sent == 0 ? 0 : fingerprintNanos / 1e6 / sent));
        out.append("per phase: ").append(perPhase).append('\n');
        out.append("status histogram: ").append(histogram).append('\n');
        if (!accepted.isEmpty()) {
            out.append("accepted (2xx) hostile writes, by phase / kind (with examples):\n");
            accepted.forEach((kind, n) -> {
                out.append(String.format("  %5d  %s%n", n, kind));
                acceptedSamples.getOrDefault(kind, List.of()).forEach(e -> out.append("           e.g. ").append(e)
                        .append('\n'));
            });
        }
        if (!httpLayer.isEmpty()) {
            out.append("4xx from the HTTP server itself, without problem+json (known deviation):\n");
            httpLayer.forEach((kind, n) -> out.append(String.format("  %5d  %s%n", n, kind)));
        }
        if (!unsendable.isEmpty()) {
            out.append("not sendable by the client (not counted):\n");
            unsendable.forEach((kind, n) -> out.append(String.format("  %5d  %s%n", n, kind)));
        }
        for (KnownDefect defect : knownDefects) {
            int hits = knownHits.getOrDefault(defect.id(), 0);
            out.append(String.format("known defect %s (%s): %d request(s)%s%n", defect.id(), defect.description(), hits,
                    hits == 0 ? " - not seen this run; if it is fixed, remove it from the drill" : ""));
            if (hits > 0) {
                out.append("    first: ").append(knownExamples.get(defect.id())).append('\n');
            }
        }
        out.append("failures: ").append(failureCount).append('\n');
        failures.forEach(f -> out.append("  - ").append(f).append('\n'));
        return out.toString();
    }
}
