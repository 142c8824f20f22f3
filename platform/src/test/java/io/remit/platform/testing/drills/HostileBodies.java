package io.remit.platform.testing.drills;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Mutations of a valid JSON request body: fields dropped, duplicated, retyped or added, huge and odd strings,
 * nesting bombs, invalid JSON and UTF-8, truncation, other shapes and wrong content types.
 */
public final class HostileBodies {

    /** A body on the wire: its bytes (null: none) and content type (null: no header). */
    public record Body(String kind, byte[] bytes, String contentType) {

        public String preview() {
            if (bytes == null) {
                return "<no body>";
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.length() > 300 ? text.substring(0, 300) + "...(" + bytes.length + " bytes)" : text;
        }
    }

    public static final String JSON = "application/json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A JSON object as an ordered list of fields whose values are raw JSON text or nested objects. */
    public static final class Obj {
        public final List<Map.Entry<String, Object>> fields = new ArrayList<>();

        public static Obj of(String json) {
            try {
                return of(MAPPER.readTree(json));
            } catch (Exception e) {
                throw new IllegalArgumentException(json, e);
            }
        }

        private static Obj of(JsonNode node) {
            Obj obj = new Obj();
            node.fields().forEachRemaining(f -> obj.fields.add(Map.entry(f.getKey(),
                    f.getValue().isObject() && f.getValue().size() > 0 ? of(f.getValue()) : f.getValue().toString())));
            return obj;
        }

        public Obj copy() {
            Obj copy = new Obj();
            fields.forEach(f -> copy.fields.add(Map.entry(f.getKey(),
                    f.getValue() instanceof Obj nested ? nested.copy() : f.getValue())));
            return copy;
        }

        /** Paths of every field, nested ones included, e.g. [contacts, email]. */
        public List<List<String>> paths() {
            List<List<String>> paths = new ArrayList<>();
            for (Map.Entry<String, Object> field : fields) {
                paths.add(List.of(field.getKey()));
                if (field.getValue() instanceof Obj nested) {
                    nested.paths().forEach(p -> {
                        List<String> path = new ArrayList<>();
                        path.add(field.getKey());
                        path.addAll(p);
                        paths.add(path);
                    });
                }
            }
            return paths;
        }

        /** The object holding the last element of a path. */
        public Obj parentOf(List<String> path) {
            Obj obj = this;
            for (String key : path.subList(0, path.size() - 1)) {
                obj = (Obj) obj.fields.stream().filter(f -> f.getKey().equals(key)).findFirst().orElseThrow()
                        .getValue();
            }
            return obj;
        }

        public int indexOf(String key) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).getKey().equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        public String text() {
            StringBuilder out = new StringBuilder("{");
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object value = fields.get(i).getValue();
                out.append(HostileValues.quote(fields.get(i).getKey())).append(':')
                        .append(value instanceof Obj nested ? nested.text() : value);
            }
            return out.append('}').toString();
        }
    }

    private HostileBodies() {
    }

    /** Whether the body is JSON in which some object names a field twice. */
    public static boolean hasDuplicateKeys(Body body) {
        if (body == null || body.bytes() == null) {
            return false;
        }
        try (var parser = MAPPER.getFactory().copy()
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .createParser(body.bytes())) {
            while (parser.nextToken() != null) {
                // reads to the end or to the first duplicate
            }
            return false;
        } catch (Exception e) {
            return e.getMessage() != null && e.getMessage().startsWith("Duplicate field");
        }
    }

    public static Body json(String kind, String text) {
        return new Body(kind, text.getBytes(StandardCharsets.UTF_8), JSON);
    }

    /** Mutations of the valid example; {@code fixedFields} are only ever given values that cannot be coerced. */
    public static Arbitrary<Body> mutationsOf(String validExample, List<String> fixedFields) {
        Obj example = Obj.of(validExample);
        List<List<String>> paths = example.paths();
        Arbitrary<List<String>> path = Arbitraries.of(paths);
        Arbitrary<String> value = HostileValues.jsonValues();
        Arbitrary<String> uncoercible = Arbitraries.of("{}", "[]", "null", "[\"a\"]", "{\"a\":1}",
                "[".repeat(3000) + "]".repeat(3000));
        Arbitrary<String> unknownName = Arbitraries.oneOf(
                Arbitraries.of("colour", "Id", "ID", "id ", "__proto__", "constructor", "$where", "", "\u0000",
                        "maxBuget", "version", "createdAt", "status", "@type", "class", "validFrom", "validUntil",
                        "decidedAt", "decidedBy", "irreversibleAllowed", "parentId", "role"),
                Arbitraries.strings().all().ofMaxLength(30));

        Arbitrary<Body> retyped = Combinators.combine(path, value, uncoercible).as((p, v, u) -> {
            Obj body = example.copy();
            Obj parent = body.parentOf(p);
            String key = p.get(p.size() - 1);
            parent.fields.set(parent.indexOf(key), Map.entry(key, fixedFields.contains(String.join(".", p)) ? u : v));
            return json("retyped field", body.text());
        });
        Arbitrary<Body> dropped = path.map(p -> {
            Obj body = example.copy();
            Obj parent = body.parentOf(p);
            parent.fields.remove(parent.indexOf(p.get(p.size() - 1)));
            return json("dropped field", body.text());
        });
        Arbitrary<Body> duplicated = Combinators.combine(path, value, uncoercible).as((p, v, u) -> {
            Obj body = example.copy();
            Obj parent = body.parentOf(p);
            String key = p.get(p.size() - 1);
            // The hostile copy comes first, so a parser that keeps the last value sees the valid one.
            parent.fields.add(0, Map.entry(key, fixedFields.contains(String.join(".", p)) ? u : v));
            return json("duplicated field", body.text());
        });
        Arbitrary<Body> added = Combinators.combine(path, unknownName, value).as((p, name, v) -> {
            Obj body = example.copy();
            Obj target = Math.abs(name.hashCode()) % 2 == 0 ? body : body.parentOf(p);
            target.fields.add(Map.entry(name, v));
            return json("unknown field", body.text());
        });
        Arbitrary<Body> oddText = Combinators.combine(path, HostileValues.text()).as((p, text) -> {
            Obj body = example.copy();
            Obj parent = body.parentOf(p);
            String key = p.get(p.size() - 1);
            String current = String.valueOf(parent.fields.get(parent.indexOf(key)).getValue());
            boolean fixed = fixedFields.contains(String.join(".", p));
            parent.fields.set(parent.indexOf(key), Map.entry(key, HostileValues.quote(fixed && current.startsWith("\"")
                    ? current.substring(1, current.length() - 1) + text : text)));
            return json("odd or huge string", body.text());
        });
        Arbitrary<Body> twice = Combinators.combine(dropped, path, value).as((d, p, v) -> {
            Obj body = example.copy();
            Obj parent = body.parentOf(p);
            String key = p.get(p.size() - 1);
            if (!fixedFields.contains(String.join(".", p))) {
                parent.fields.set(parent.indexOf(key), Map.entry(key, v));
            }
            parent.fields.add(Map.entry("unexpected", v));
            return json("several mutations", body.text());
        });
        return Arbitraries.frequencyOf(
                Tuple.of(6, retyped), Tuple.of(3, dropped), Tuple.of(2, duplicated), Tuple.of(3, added),
                Tuple.of(3, oddText), Tuple.of(1, twice), Tuple.of(4, malformed(example.text())));
    }

    /** Whole-body hostility: not JSON, not UTF-8, cut short, other shapes, bombs, wrong content types. */
    public static Arbitrary<Body> malformed(String valid) {
        byte[] validBytes = valid.getBytes(StandardCharsets.UTF_8);
        Arbitrary<Body> truncated = Arbitraries.integers().between(0, valid.length() - 1)
                .map(n -> json("truncated JSON", valid.substring(0, n)));
        Arbitrary<Body> invalidUtf8 = Combinators.combine(Arbitraries.integers().between(1, validBytes.length - 1),
                Arbitraries.of(new byte[]{(byte) 0xC3, 0x28}, new byte[]{(byte) 0xFF}, new byte[]{(byte) 0xED,
                        (byte) 0xA0, (byte) 0x80}, new byte[]{(byte) 0xC0, (byte) 0xAF}, new byte[]{(byte) 0xF8,
                        (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[]{0}))
                .as((at, bad) -> {
                    byte[] bytes = new byte[validBytes.length + bad.length];
                    System.arraycopy(validBytes, 0, bytes, 0, at);
                    System.arraycopy(bad, 0, bytes, at, bad.length);
                    System.arraycopy(validBytes, at, bytes, at + bad.length, validBytes.length - at);
                    return new Body("invalid UTF-8", bytes, JSON);
                });
        Arbitrary<Body> shapes = Arbitraries.of("", " ", "\n\t", "null", "[]", "[" + valid + "]", "\"text\"", "123",
                "true", "{}", "{", "}", "{{}}", valid + valid, valid + ",", valid + " trailing", "\uFEFF" + valid,
                "{'id':'x'}", valid.replaceFirst(",", ",,"), valid.replace("\"", "'"), "/* c */" + valid,
                "{\"a\":1,}", "NaN", "{\"\u0000\":1}").map(text -> json("other shape", text));
        Arbitrary<Body> bombs = Arbitraries.integers().between(100, 5000).flatMap(depth -> Arbitraries.of(
                json("nesting bomb", "[".repeat(depth) + "]".repeat(depth)),
                json("nesting bomb", "{\"a\":".repeat(depth) + "{}" + "}".repeat(depth)),
                json("nesting bomb", "[".repeat(depth))));
        Arbitrary<Body> manyFields = Arbitraries.integers().between(500, 4000).map(n -> {
            StringBuilder text = new StringBuilder(valid.substring(0, valid.length() - 1));
            for (int i = 0; i < n; i++) {
                text.append(",\"f").append(i).append("\":").append(i);
            }
            return json("many fields", text.append('}').toString());
        });
        Arbitrary<Body> oversized = Arbitraries.of(70_000, 200_000, 1_100_000).map(n -> json("oversized body",
                valid.substring(0, valid.length() - 1) + ",\"pad\":\"" + "x".repeat(n) + "\"}"));
        Arbitrary<Body> contentTypes = Arbitraries.of("text/plain", "application/xml",
                        "multipart/form-data; boundary=x", "application/octet-stream",
                        "application/json; charset=nonsense", "application/json; charset=UTF-16",
                        "application/json; charset=ISO-8859-1", "*/*", "application/*", "application/problem+json",
                        "application/cloudevents+json", "application/merge-patch+json", "JSON", ";;;")
                .map(type -> new Body("content type " + type, validBytes, type));
        Arbitrary<Body> missingType = Arbitraries.just(new Body("no content type", validBytes, null));
        Arbitrary<Body> none = Arbitraries.just(new Body("no body", null, JSON));
        Arbitrary<Body> binary = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(500)
                .map(bytes -> new Body("random bytes", bytes, JSON));
        return Arbitraries.frequencyOf(
                Tuple.of(2, truncated), Tuple.of(2, invalidUtf8), Tuple.of(3, shapes), Tuple.of(1, bombs),
                Tuple.of(1, manyFields), Tuple.of(1, oversized), Tuple.of(2, contentTypes), Tuple.of(1, missingType),
                Tuple.of(1, none), Tuple.of(1, binary));
    }
}
