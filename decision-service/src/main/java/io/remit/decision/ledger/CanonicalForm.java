package io.remit.decision.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes log content in one canonical text, whatever database it was read from: decimals at scale 4, times in UTC
 * at microsecond precision, enums by name, the whole as a JSON array in a fixed field order.
 *
 * <p>The JSON is written here, not by a JSON library, because its bytes are hashed: an entry hashed today must hash
 * the same after any library upgrade. The text is what Jackson's default writer produced when the first entries were
 * hashed (strings escape only the quote, the backslash and control characters: those with a short form as
 * {@code \n}, the others as six characters with upper-case hex digits), and a test holds it to that.
 */
public final class CanonicalForm {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private CanonicalForm() {
    }

    public static String of(Object... values) {
        StringBuilder json = new StringBuilder();
        writeValue(json, Arrays.stream(values).map(CanonicalForm::canonicalValue).toList());
        return json.toString();
    }

    /** SHA-256 over the previous hash and this entry's canonical content, as lowercase hex. */
    public static String hash(String previousHash, String canonicalContent) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((previousHash == null ? "" : previousHash).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(canonicalContent.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Times are stored at the precision they are hashed at, so reading them back changes nothing. */
    public static Instant storable(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
    }

    private static Object canonicalValue(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.setScale(4, RoundingMode.UNNECESSARY).toPlainString();
        }
        if (value instanceof Instant instant) {
            return MICROS.format(instant.truncatedTo(ChronoUnit.MICROS));
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CanonicalForm::canonicalValue).toList();
        }
        return value;
    }

    private static void writeValue(StringBuilder json, Object value) {
        if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            json.append(value);
        } else if (value instanceof String text) {
            writeString(json, text);
        } else if (value instanceof List<?> list) {
            json.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                writeValue(json, list.get(i));
            }
            json.append(']');
        } else {
            // Only values with one obvious text are hashed; a new kind of field needs its canonical form first.
            throw new IllegalArgumentException("No canonical form for " + value.getClass().getName());
        }
    }

    private static void writeString(StringBuilder json, String text) {
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
