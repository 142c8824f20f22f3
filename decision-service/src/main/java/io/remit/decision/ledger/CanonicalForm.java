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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes log content in one canonical text, whatever database it was read from: decimals at scale 4, times in UTC
 * at microsecond precision, enums by name, the whole as a JSON array in a fixed field order.
 */
public final class CanonicalForm {

    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private CanonicalForm() {
    }

    public static String of(Object... values) {
        List<Object> canonical = new ArrayList<>(values.length);
        for (Object value : values) {
            canonical.add(canonicalValue(value));
        }
        return CanonicalJson.write(canonical);
    }

    /**
     * A field added to an entry after entries were first written: hashed only where present, so that every entry
     * written before it, and every later entry without it, keeps the exact text and hash it had.
     */
    public record OptionalField(String name, Object value) {
    }

    public static OptionalField optional(String name, Object value) {
        return new OptionalField(name, value);
    }

    /**
     * The fixed values as {@link #of(Object...)} writes them, followed, only when at least one optional field has a
     * value, by one more element: the present fields as {@code [name, value]} pairs, in the order given. Naming them
     * keeps the text unambiguous whichever of them are present.
     */
    public static String withOptionalFields(List<Object> fixed, OptionalField... optional) {
        List<Object> values = new ArrayList<>(fixed);
        List<Object> present = new ArrayList<>();
        for (OptionalField field : optional) {
            if (field.value() != null) {
                present.add(List.of(field.name(), field.value()));
            }
        }
        if (!present.isEmpty()) {
            values.add(present);
        }
        return of(values.toArray());
    }

    /**
     * The canonical text of an entry of hash version 2 and later: the fixed values, the version, then every named
     * field as a {@code [name, value]} pair, absent values as null, so the text says which version wrote it and
     * which field each value is.
     */
    public static String versioned(int hashVersion, List<Object> fixed, OptionalField... named) {
        if (hashVersion < 2) {
            throw new IllegalArgumentException("version 1 entries keep their own form: use withOptionalFields");
        }
        List<Object> values = new ArrayList<>(fixed);
        values.add(hashVersion);
        List<Object> pairs = new ArrayList<>();
        for (OptionalField field : named) {
            pairs.add(Arrays.asList(field.name(), field.value()));
        }
        values.add(pairs);
        return of(values.toArray());
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
}
