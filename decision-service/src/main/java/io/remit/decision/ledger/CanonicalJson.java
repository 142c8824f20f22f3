package io.remit.decision.ledger;

import java.util.List;

/**
 * Writes the canonical values of a log entry (text, whole numbers, booleans, null and lists of them) as compact JSON,
 * byte for byte as the hashes of existing entries were computed: no spaces, strings escaped only where JSON requires
 * it ({@code "}, {@code \} and control characters, with the short forms for backspace, tab, newline, form feed and
 * carriage return and upper-case hex otherwise), everything else as it is. Written here rather than by a JSON
 * library because these bytes are hashed: no library upgrade may change them.
 */
final class CanonicalJson {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CanonicalJson() {
    }

    static String write(Object value) {
        StringBuilder json = new StringBuilder();
        append(json, value);
        return json.toString();
    }

    private static void append(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof String text) {
            appendString(json, text);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            json.append(value);
        } else if (value instanceof List<?> list) {
            json.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                append(json, list.get(i));
            }
            json.append(']');
        } else {
            throw new IllegalArgumentException("No canonical form for " + value.getClass().getName());
        }
    }

    private static void appendString(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\t' -> json.append("\\t");
                case '\n' -> json.append("\\n");
                case '\f' -> json.append("\\f");
                case '\r' -> json.append("\\r");
                default -> {
                    if (c < 0x20) {
                        json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
