package io.remit.decision.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The verifier takes one entry at a time and keeps only the previous hash, so a log is never held whole. */
class ChainVerifierTest {

    private static final int LENGTH = 100_000;

    @Test
    void shouldVerifyALongLogEntryByEntry() {
        Head head = new Head();
        ChainVerifier verifier = new ChainVerifier();
        for (int i = 0; i < LENGTH; i++) {
            Entry entry = new Entry("entry " + i);
            HashChain.append(head, entry);
            verifier.accept(entry);
        }
        ChainVerification result = verifier.finish(head);
        assertThat(result.valid()).isTrue();
        assertThat(result.count()).isEqualTo(LENGTH);
        assertThat(result.headHash()).isEqualTo(head.lastHash());
    }

    @Test
    void shouldNameTheFirstAlteredEntryAndStillCountTheRest() {
        Head head = new Head();
        ChainVerifier verifier = new ChainVerifier();
        for (int i = 0; i < 10; i++) {
            Entry entry = new Entry("entry " + i);
            HashChain.append(head, entry);
            if (i == 6 || i == 8) {
                entry.content = "altered " + i;
            }
            verifier.accept(entry);
        }
        ChainVerification result = verifier.finish(head);
        assertThat(result.valid()).isFalse();
        assertThat(result.count()).isEqualTo(10);
        assertThat(result.firstBroken().logSeq()).isEqualTo(7);
        assertThat(result.firstBroken().problem()).contains("altered");
    }

    @Test
    void shouldRefuseAHeadThatPointsPastTheLastEntry() {
        Head head = new Head();
        Entry only = new Entry("only");
        HashChain.append(head, only);
        head.moveTo(2, "not the last entry's hash");
        ChainVerifier verifier = new ChainVerifier();
        verifier.accept(only);
        ChainVerification result = verifier.finish(head);
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBroken().entry()).isEqualTo("log head");
    }

    @Test
    void shouldRefuseAnEntryOfAnUnknownHashVersion() {
        Head head = new Head();
        Entry entry = new Entry("from the future");
        HashChain.append(head, entry);
        entry.hashVersion = HashVersions.CURRENT + 1;
        ChainVerifier verifier = new ChainVerifier();
        verifier.accept(entry);
        ChainVerification result = verifier.finish(head);
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBroken().problem()).contains("hash version " + (HashVersions.CURRENT + 1));
    }

    private static final class Head implements LogHead {
        private long seq;
        private String hash;

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
        private String content;
        private long logSeq;
        private String previousHash;
        private String hash;
        private int hashVersion = HashVersions.CURRENT;

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
        public int hashVersion() {
            return hashVersion;
        }

        @Override
        public String canonicalContent() {
            return content;
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
            return content;
        }
    }
}
