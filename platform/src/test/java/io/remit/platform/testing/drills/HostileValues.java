package io.remit.platform.testing.drills;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** jqwik generators of hostile values: raw JSON values, strings, path segments and query values. */
public final class HostileValues {

    /** Characters that upset naive text handling: RTL override, zero-width, combining marks, emoji, NUL. */
    public static final List<String> TRICKY_TEXT = List.of(
            "\u202Egnp.exe", "\u200B\u200C\u200D\uFEFF", "e\u0301\u0301\u0301\u0301", "👩‍👩‍👧‍👦😀🏳️‍🌈",
            "مرحبا بالعالم", "שלום", "ｆｕｌｌｗｉｄｔｈ", "\u0000", "a\u0000b", "\u0007\u001b[31m", "\r\n\r\nX-Injected: 1",
            "' OR '1'='1' --", "\"; drop table team; --", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}",
            "%s%s%s%n", "../../../../etc/passwd", "null", "NaN", "undefined", "Ⓡⓔⓜⓘⓣ", "𝕽𝖊𝖒𝖎𝖙");

    private HostileValues() {
    }

    /** A JSON string literal for the text, with JSON escapes. */
    public static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }

    /** Raw JSON texts for one value: wrong types, extreme numbers, odd strings, nesting bombs, invalid tokens. */
    public static Arbitrary<String> jsonValues() {
        Arbitrary<String> numbers = Arbitraries.of("1e309", "-1e309", "-0", "0", "-1", "99999999999999999999",
                "-99999999999999999999", "1.7976931348623157e308", "4.9e-324", "1e-400", "0.00000000000000000001",
                "123456789012345678901234567890.123456789", "2147483648", "9223372036854775808", "3", "99", "1.5");
        Arbitrary<String> randomNumbers = Arbitraries.oneOf(
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(d -> Double.isFinite(d) ? String.valueOf(d) : "0"),
                Arbitraries.bigDecimals().ofScale(6).map(java.math.BigDecimal::toPlainString));
        Arbitrary<String> invalidTokens = Arbitraries.of("NaN", "Infinity", "-Infinity", "01", "+1", "0x10", ".5",
                "1.", "1e", "undefined", "True", "nul", "'single'", "\"unterminated", "\"bad escape \\x\"",
                "\"\\ud800\"", "\"\\udfff\\ud800\"", "/* comment */ 1");
        Arbitrary<String> literals = Arbitraries.of("true", "false", "null", "[]", "{}", "[1,\"a\",null]",
                "{\"a\":{\"b\":{}}}", "\"\"", "\" \"", "\"NaN\"", "\"1e309\"", "\"-0\"", "\"\\u0000\"",
                "\"2026-13-45T99:99:99Z\"", "\"+999999999-12-31T23:59:59Z\"", "\"-999999999-01-01T00:00:00Z\"",
                "\"9999-12-31T23:59:59.999999999Z\"", "\"1970-01-01T00:00:00Z\"", "\"PT-1S\"", "\"P999999999D\"",
                "\"PT99999999999999999999H\"", "\"P1Y\"", "\"PT0S\"", "\"low\"", "\"LOW \"", "\"CRITICAL\"",
                "\"eur\"", "\"EURO\"", "\"APPROVED\"", "\"ARCHIVED\"");
        Arbitrary<String> strings = text().map(HostileValues::quote);
        Arbitrary<String> bombs = Arbitraries.integers().between(2, 5000).flatMap(depth -> Arbitraries.of(
                "[".repeat(depth) + "]".repeat(depth),
                "{\"a\":".repeat(depth) + "1" + "}".repeat(depth),
                "[".repeat(depth)));
        return Arbitraries.frequencyOf(
                Tuple.of(3, numbers), Tuple.of(2, randomNumbers), Tuple.of(2, invalidTokens), Tuple.of(4, literals),
                Tuple.of(5, strings), Tuple.of(1, bombs));
    }

    /** Odd text: random unicode, tricky samples, and long strings (up to 100k characters). */
    public static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(3, Arbitraries.of(TRICKY_TEXT)),
                Tuple.of(2, Arbitraries.of(64, 201, 301, 2001, 10_001).map("x"::repeat)),
                Tuple.of(1, Arbitraries.of(70_000, 100_000).map("é"::repeat)));
    }

    /**
     * Path segments as they go on the wire (already percent-encoded where needed): traversal, NUL, encoded slashes,
     * invalid UTF-8, very long ids, unicode and random text.
     */
    public static Arbitrary<String> pathSegments() {
        Arbitrary<String> crafted = Arbitraries.of("..", "...", "../..", "..%2f..%2f", "%2e%2e", "%2e%2e%2f%2e%2e%2f",
                "%2e%2e%2fq%2fhealth", "..%2f..%2fq%2fopenapi", "%252e%252e%252f", "..;", "..%5c..%5c", "%00",
                "abc%00def", "%2F", "a%2Fb", "%c0%ae%c0%ae%2f", "%ff%fe%fd", "%e2%80%ae", "%20", "%09", "~", ".",
                "%2e", "a;b=c", "*", "%25", "%7B%7D", "%3Cscript%3E", "null", "undefined", "0", "-1");
        Arbitrary<String> longIds = Arbitraries.of(64, 200, 1000, 3000, 5000).map("a"::repeat);
        Arbitrary<String> encoded = text().filter(s -> s.length() < 3000).map(HostileValues::encode);
        return Arbitraries.frequencyOf(Tuple.of(5, crafted), Tuple.of(1, longIds), Tuple.of(4, encoded));
    }

    /** Query values as they go on the wire. */
    public static Arbitrary<String> queryValues() {
        Arbitrary<String> crafted = Arbitraries.of("", "-1", "0", "501", "99999999999999999999", "1e3", "abc",
                "%00", "2026-13-45T99:99:99Z", "+999999999-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "true", "TRUE",
                "OPEN,CLOSED", "%27%20OR%201%3D1", "..%2f..%2f", "%ff%fe");
        Arbitrary<String> encoded = text().filter(s -> s.length() < 3000).map(HostileValues::encode);
        return Arbitraries.frequencyOf(Tuple.of(1, crafted), Tuple.of(1, encoded));
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
