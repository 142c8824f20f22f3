package io.remit.platform.testing.drills;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * An authorization matrix: for each endpoint of a service, the outcome each kind of caller must get. Rows say who
 * is allowed; everyone else authenticated gets 403 and anonymous callers 401, unless a row documents another
 * expected status for a role (a business refusal such as 409, or a denial the service answers as 404).
 */
public final class AccessTable {

    /** The kinds of caller every row is tried with. */
    public enum Role {
        ANONYMOUS("anonymous"),
        OTHER_TEAM("other team"),
        MEMBER("member"),
        LEAD("lead"),
        ANCESTOR_LEAD("ancestor lead"),
        INTEGRATION("integration"),
        GOVERNANCE("governance"),
        ADMIN("admin"),
        /** The global role {@code auditor}: reads what governance reads, changes nothing. */
        AUDITOR("auditor"),
        /**
         * The four delegate columns: a user to whom a lead's authority was lent, by a delegation that is active now
         * for the row's category, one that has expired, one active for other categories only, and one revoked.
         * Each service's scenario says whose authority (for decision-service: the ancestor lead's).
         */
        DELEGATE("delegate"),
        EXPIRED_DELEGATE("expired deleg."),
        OTHER_CATEGORY_DELEGATE("other-cat del."),
        REVOKED_DELEGATE("revoked deleg.");

        public final String label;

        Role(String label) {
            this.label = label;
        }
    }

    /** What a role must get: any 2xx, or one exact status (with the reason when it is not 401/403). */
    public record Expect(int status, String why) {

        public static final Expect ALLOWED = new Expect(0, null);
        public static final Expect UNAUTHENTICATED = new Expect(401, null);
        public static final Expect FORBIDDEN = new Expect(403, null);

        public boolean matches(int actual) {
            return status == 0 ? actual >= 200 && actual < 300 : actual == status;
        }

        public String label() {
            return status == 0 ? "2xx" : String.valueOf(status);
        }
    }

    /** Sends a row's request as a caller; the spec already carries the caller's token, if any. */
    public interface Call {
        public Response send(RequestSpecification spec, Role role);
    }

    public static final class Row {
        public final String method;
        public final String path;
        public final String variant;
        public final Map<Role, Expect> expected = new EnumMap<>(Role.class);
        Call call;

        private Row(String method, String path, String variant) {
            this.method = method;
            this.path = path;
            this.variant = variant;
            for (Role role : Role.values()) {
                expected.put(role, role == Role.ANONYMOUS ? Expect.UNAUTHENTICATED : Expect.FORBIDDEN);
            }
        }

        public String operation() {
            return method + " " + path;
        }

        public String key() {
            return variant.isEmpty() ? operation() : operation() + " [" + variant + "]";
        }

        /** These roles are allowed (2xx). */
        public Row allow(Role... roles) {
            for (Role role : roles) {
                expected.put(role, Expect.ALLOWED);
            }
            return this;
        }

        /** Every authenticated caller is allowed. */
        public Row anyUser() {
            for (Role role : Role.values()) {
                if (role != Role.ANONYMOUS) {
                    expected.put(role, Expect.ALLOWED);
                }
            }
            return this;
        }

        /** A documented outcome other than 2xx/401/403 for a role. */
        public Row expect(Role role, int status, String why) {
            expected.put(role, new Expect(status, why));
            return this;
        }

        public Row call(Call call) {
            this.call = call;
            return this;
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, Map<Role, Integer>> results = new LinkedHashMap<>();
    private final Function<Role, RequestSpecification> callers;

    /** @param tokens the bearer token of each role but {@link Role#ANONYMOUS} */
    public AccessTable(Function<Role, String> tokens) {
        this.callers = role -> {
            RequestSpecification spec = given().contentType(ContentType.JSON);
            return role == Role.ANONYMOUS ? spec : spec.auth().oauth2(tokens.apply(role));
        };
    }

    public Row row(String method, String path) {
        return row(method, path, "");
    }

    public Row row(String method, String path, String variant) {
        Row row = new Row(method, path, variant);
        if (rows.putIfAbsent(row.key(), row) != null) {
            throw new IllegalStateException("Duplicate row " + row.key());
        }
        return row;
    }

    public List<String> keys() {
        return new ArrayList<>(rows.keySet());
    }

    public SortedSet<String> operations() {
        SortedSet<String> operations = new TreeSet<>();
        rows.values().forEach(row -> operations.add(row.operation()));
        return operations;
    }

    public Expect expected(String key, Role role) {
        return rows.get(key).expected.get(role);
    }

    /** Sends one cell's request and records the status; returns the response. */
    public synchronized Response send(String key, Role role) {
        Row row = rows.get(key);
        Response response = row.call.send(callers.apply(role), role);
        results.computeIfAbsent(key, k -> new EnumMap<>(Role.class)).put(role, response.statusCode());
        return response;
    }

    /** Every cell of the table, as (row key, role name): the arguments of a parameterized test. */
    public Stream<Arguments> cells() {
        return keys().stream().flatMap(key -> Arrays.stream(Role.values()).map(role -> Arguments.of(key, role.name())));
    }

    /** Sends one cell's request and asserts the expected outcome; every refusal must be problem+json. */
    public void assertCell(String key, Role role) {
        Response response = send(key, role);
        Expect expect = expected(key, role);
        assertTrue(expect.matches(response.statusCode()), () -> String.format("%s as %s: want %s, got %d %s", key,
                role.label, expect.label(), response.statusCode(), response.asString()));
        if (response.statusCode() >= 400) {
            String contentType = String.valueOf(response.contentType());
            assertTrue(contentType.startsWith("application/problem+json"),
                    () -> String.format("%s as %s: content type %s", key, role.label, contentType));
        }
    }

    /** Asserts that the rows name exactly the operations of the service's committed contract. */
    public void assertCoversTheContract() {
        assertEquals(List.copyOf(Contract.operations()), List.copyOf(operations()),
                "rows of the authorization matrix vs. operations of " + Contract.COMMITTED.toAbsolutePath());
    }

    /** The matrix as text: one line per row, the status each role got ("!" marks a missed expectation). */
    public synchronized String render() {
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(10);
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-" + width + "s", "endpoint"));
        for (Role role : Role.values()) {
            out.append(String.format(" | %-13s", role.label));
        }
        out.append('\n').append("-".repeat(width + Role.values().length * 16)).append('\n');
        List<String> notes = new ArrayList<>();
        for (Row row : rows.values()) {
            out.append(String.format("%-" + width + "s", row.key()));
            Map<Role, Integer> got = results.getOrDefault(row.key(), Map.of());
            for (Role role : Role.values()) {
                Expect expect = row.expected.get(role);
                Integer status = got.get(role);
                String cell = status == null ? "-"
                        : status + (expect.matches(status) ? "" : "!(want " + expect.label() + ")");
                out.append(String.format(" | %-13s", cell));
                if (expect.why() != null) {
                    notes.add(row.key() + " as " + role.label + " -> " + expect.status() + ": " + expect.why());
                }
            }
            out.append('\n');
        }
        if (!notes.isEmpty()) {
            out.append("Documented outcomes other than 2xx, 401 and 403:\n");
            notes.forEach(note -> out.append("  - ").append(note).append('\n'));
        }
        return out.toString();
    }
}
