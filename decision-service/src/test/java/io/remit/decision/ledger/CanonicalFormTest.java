package io.remit.decision.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The canonical text is what every stored hash covers, so it must stay byte for byte what it was when the entries
 * were written: JSON as Jackson's default ObjectMapper wrote it, which the hashes of existing logs were computed with.
 */
class CanonicalFormTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    enum Kind { LOW }

    @Test
    void shouldWriteEveryCharacterAsJacksonDid() throws Exception {
        StringBuilder everyChar = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            everyChar.append(c);
        }
        String text = everyChar.append(Character.MAX_VALUE).toString();

        assertThat(CanonicalForm.of(text)).isEqualTo(JACKSON.writeValueAsString(List.of(text)));
    }

    @Test
    void shouldWriteEntryValuesAsJacksonDid() throws Exception {
        Instant at = Instant.parse("2026-11-23T10:15:30.1234567Z");
        String written = CanonicalForm.of("decision", "id-1", null, new BigDecimal("50000"), "EUR", Kind.LOW, true,
                false, 3, 42L, at, List.of("budget 50000 EUR exceeds 20000 EUR", "say \"no\"\n"), List.of());

        assertThat(written).isEqualTo(JACKSON.writeValueAsString(Arrays.asList("decision", "id-1", null,
                "50000.0000", "EUR", "LOW", true, false, 3, 42L, "2026-11-23T10:15:30.123456Z",
                List.of("budget 50000 EUR exceeds 20000 EUR", "say \"no\"\n"), List.of())));
    }

    @Test
    void shouldRefuseValuesWithoutCanonicalForm() {
        assertThatThrownBy(() -> CanonicalForm.of(1.5d)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Double");
    }

    @Test
    void shouldChainEachEntryToThePreviousHash() {
        Head head = new Head();
        Entry first = new Entry("first");
        Entry second = new Entry("second");

        HashChain.append(head, first);
        HashChain.append(head, second);

        assertThat(first.logSeq).isEqualTo(1);
        assertThat(first.previousHash).isNull();
        assertThat(second.logSeq).isEqualTo(2);
        assertThat(second.previousHash).isEqualTo(first.hash);
        assertThat(second.hash).isEqualTo(CanonicalForm.hash(first.hash, second.canonicalContent()));
        assertThat(head.lastSeq()).isEqualTo(2);
        assertThat(head.lastHash()).isEqualTo(second.hash);
        assertThat(ChainVerification.verify(List.of(first, second), head).valid()).isTrue();
    }

    private static final class Head implements LogHead {
        long seq;
        String hash;

        @Override
        public long lastSeq() {
            return seq;
        }

        @Override
        public String lastHash() {
            return hash;
        }

        @Override
        public void moveTo(long seq, String hash) {
            this.seq = seq;
            this.hash = hash;
        }
    }

    private static final class Entry implements ChainedEntry {
        final String content;
        long logSeq;
        String previousHash;
        String hash;

        Entry(String content) {
            this.content = content;
        }

        @Override
        public String teamId() {
            return "team";
        }

        @Override
        public long logSeq() {
            return logSeq;
        }

        @Override
        public String hash() {
            return hash;
        }

        @Override
        public String previousHash() {
            return previousHash;
        }

        @Override
        public String canonicalContent() {
            return CanonicalForm.of("entry", content, logSeq);
        }

        @Override
        public void place(long logSeq, String previousHash) {
            this.logSeq = logSeq;
            this.previousHash = previousHash;
        }

        @Override
        public void seal(String hash) {
            this.hash = hash;
        }

        @Override
        public String describe() {
            return "entry " + content;
        }
    }
}
