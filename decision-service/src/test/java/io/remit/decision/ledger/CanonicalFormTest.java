package io.remit.decision.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.remit.decision.escalation.domain.EscalationStatus;
import io.remit.decision.escalation.domain.EscalationStep;
import io.remit.decision.escalation.domain.StepAction;
import io.remit.decision.teamlog.LogEntry;
import io.remit.decision.teamlog.TeamLogHead;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
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
    void shouldWriteMixedValuesAsJacksonDid() throws Exception {
        Random random = new Random(20261201);
        for (int i = 0; i < 2000; i++) {
            String text = randomText(random);
            List<Object> values = Arrays.asList("decision", text, null, random.nextBoolean(), random.nextLong(),
                    random.nextInt(), List.of(text, randomText(random)));
            assertThat(CanonicalForm.of(values.toArray())).isEqualTo(JACKSON.writeValueAsString(values));
        }
    }

    @Test
    void shouldKeepTheBytesAndTheHashOfAFixedEntry() {
        String canonical = CanonicalForm.of("decision", new BigDecimal("20000.5"),
                Instant.parse("2026-03-31T10:15:30Z"), Kind.LOW, 7, 12L, true, null,
                List.of("budget \"50000\"\tEUR", "\u0001"));

        assertThat(canonical).isEqualTo("[\"decision\",\"20000.5000\",\"2026-03-31T10:15:30.000000Z\",\"LOW\",7,12,"
                + "true,null,[\"budget \\\"50000\\\"\\tEUR\",\"\\u0001\"]]");
        // SHA-256 of a newline (the first entry has no predecessor) and the text above, as sha256sum gives it.
        assertThat(CanonicalForm.hash(null, canonical))
                .isEqualTo("fb7472b0ce2e3d01acf01b9d3ecbb99cf3f4840e645b06f6fb6a2df055f99c7b");
    }

    /**
     * An escalation step as the first release wrote it, before onBehalfOf and basis existed: its text and hash are
     * the literal values that release computed, so every step stored before still verifies.
     */
    @Test
    void shouldKeepTheHashOfAStepWrittenBeforeOnBehalfOfExisted() {
        EscalationStep step = step("dana");

        assertThat(step.canonicalContent()).isEqualTo("[\"escalation-step\",\"s-1\",\"e-1\",\"payments\","
                + "\"ACKNOWLEDGED\",\"dana\",\"2026-03-31T10:15:30.000000Z\",2,\"acme\",\"ACKNOWLEDGED\","
                + "\"2026-04-01T10:15:30.000000Z\",null,7]");
        assertThat(CanonicalForm.hash("ab".repeat(32), step.canonicalContent()))
                .isEqualTo("54c78e29529f29f5444c7745b82dce6b908b807169c23d90c6a1ceaabc94b307");
    }

    @Test
    void shouldHashOnBehalfOfAndBasisOnlyWhenPresent() {
        EscalationStep byDelegate = step("dave");
        byDelegate.onBehalfOf = "dana";
        byDelegate.basis = "delegate of dana in acme through delegation d-1";
        EscalationStep basisOnly = step("dana");
        basisOnly.basis = "lead of acme";

        assertThat(byDelegate.canonicalContent()).endsWith(",null,7,[[\"onBehalfOf\",\"dana\"],[\"basis\","
                + "\"delegate of dana in acme through delegation d-1\"]]]");
        assertThat(CanonicalForm.hash("ab".repeat(32), byDelegate.canonicalContent()))
                .isEqualTo("66dd635adcd1800ed0de1485b048ce0bba4bc89f7718895dbb3022b68c9a6f9d");
        assertThat(basisOnly.canonicalContent()).endsWith(",null,7,[[\"basis\",\"lead of acme\"]]]");
        assertThat(CanonicalForm.withOptionalFields(List.of("entry", 1), CanonicalForm.optional("onBehalfOf", null)))
                .isEqualTo(CanonicalForm.of("entry", 1));
    }

    @Test
    void shouldBreakTheChainWhenOnBehalfOfIsAlteredOrRemoved() {
        TeamLogHead head = new TeamLogHead();
        EscalationStep byDelegate = step("dave");
        byDelegate.onBehalfOf = "dana";
        HashChain.append(head, byDelegate);
        assertThat(ChainVerification.verify(List.of(byDelegate), head).valid()).isTrue();

        byDelegate.onBehalfOf = null;

        assertThat(ChainVerification.verify(List.of(byDelegate), head).valid()).isFalse();
    }

    @Test
    void shouldWriteVersionTwoWithItsNumberAndEveryNamedFieldNullsIncluded() {
        assertThat(CanonicalForm.versioned(2, List.of("entry", 1), CanonicalForm.optional("a", null),
                CanonicalForm.optional("b", "x"))).isEqualTo("[\"entry\",1,2,[[\"a\",null],[\"b\",\"x\"]]]");
        assertThatThrownBy(() -> CanonicalForm.versioned(1, List.of("entry")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** An escalation step of hash version 1, as every release before hash versions wrote it. */
    private static EscalationStep step(String actor) {
        EscalationStep step = new EscalationStep();
        step.id = "s-1";
        step.escalationId = "e-1";
        step.teamId = "payments";
        step.action = StepAction.ACKNOWLEDGED;
        step.actor = actor;
        step.occurredAt = Instant.parse("2026-03-31T10:15:30Z");
        step.level = 2;
        step.targetTeamId = "acme";
        step.status = EscalationStatus.ACKNOWLEDGED;
        step.dueAt = Instant.parse("2026-04-01T10:15:30Z");
        step.logSeq = 7;
        step.hashVersion = HashVersions.FIRST;
        return step;
    }

    @Test
    void shouldRefuseValuesWithoutCanonicalForm() {
        assertThatThrownBy(() -> CanonicalForm.of(1.5d)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Double");
    }

    @Test
    void shouldChainEachEntryToThePreviousHash() {
        TeamLogHead head = new TeamLogHead();
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

    /** An entry with the columns every stored entry has, and content of its own. */
    private static final class Entry extends LogEntry {
        final String content;

        Entry(String content) {
            this.content = content;
        }

        @Override
        public String canonicalContent() {
            return CanonicalForm.of("entry", content, logSeq);
        }

        @Override
        public String describe() {
            return "entry " + content;
        }
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
