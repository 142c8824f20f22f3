package io.remit.decision.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The canonical text is hashed, so it may never change: these tests hold it to the text Jackson's default writer gave
 * the entries hashed before the form was written by hand, and to fixed bytes that no library can move.
 */
class CanonicalFormTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void shouldWriteEveryCharacterAsJacksonsDefaultWriterDid() throws Exception {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            String text = "a" + (char) c + "b";
            assertThat(CanonicalForm.of(text)).as("U+%04X", c).isEqualTo(JACKSON.writeValueAsString(List.of(text)));
        }
    }

    @Test
    void shouldWriteMixedValuesAsJacksonsDefaultWriterDid() throws Exception {
        Random random = new Random(20261201);
        for (int i = 0; i < 2000; i++) {
            String text = randomText(random);
            List<Object> values = Arrays.asList("decision", text, null, random.nextBoolean(), random.nextLong(),
                    random.nextInt(), List.of(text, randomText(random)));
            assertThat(CanonicalForm.of(values.toArray())).isEqualTo(JACKSON.writeValueAsString(values));
        }
    }

    @Test
    void shouldWriteDecimalsTimesAndEnumsInOneFixedText() {
        String canonical = CanonicalForm.of("decision", new BigDecimal("20000.5"), Instant.parse("2026-03-31T10:15:30Z"),
                Thread.State.NEW, 7, 12L, true, null, List.of("budget \"50000\"\tEUR", "\u0001"));

        assertThat(canonical).isEqualTo("[\"decision\",\"20000.5000\",\"2026-03-31T10:15:30.000000Z\",\"NEW\",7,12,"
                + "true,null,[\"budget \\\"50000\\\"\\tEUR\",\"\\u0001\"]]");
        // SHA-256 of a newline (the first entry has no predecessor) and the text above, as sha256sum gives it.
        assertThat(CanonicalForm.hash(null, canonical))
                .isEqualTo("67e04d9979e82a95efbd0580033e9cb7607dfb13d2cbd433e3b62f3f76afde40");
    }

    @Test
    void shouldRefuseAValueWithoutACanonicalForm() {
        assertThatThrownBy(() -> CanonicalForm.of("decision", Map.of("a", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No canonical form");
    }

    private static String randomText(Random random) {
        char[] text = new char[random.nextInt(40)];
        for (int i = 0; i < text.length; i++) {
            // Mostly the first 128 code points, where escaping happens; sometimes any UTF-16 unit.
            text[i] = (char) (random.nextInt(4) == 0 ? random.nextInt(Character.MAX_VALUE + 1) : random.nextInt(128));
        }
        return new String(text);
    }
}
