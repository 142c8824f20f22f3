package io.remit.notification.audit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 escaping and spreadsheet-formula neutralisation, without starting Quarkus. */
class CsvWriterTest {

    @Test
    void shouldQuoteOnlyWhatNeedsIt() {
        assertThat(CsvWriter.field("plain text")).isEqualTo("plain text");
        assertThat(CsvWriter.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.field("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
        assertThat(CsvWriter.field(null)).isEmpty();
        assertThat(CsvWriter.field(42)).isEqualTo("42");
    }

    @Test
    void shouldNeutraliseFormulas() {
        assertThat(CsvWriter.field("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvWriter.field("+1")).isEqualTo("'+1");
        assertThat(CsvWriter.field("-1")).isEqualTo("'-1");
        assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.field("\t=cmd")).isEqualTo("\"'\t'=cmd\"");
        assertThat(CsvWriter.field("=HYPERLINK(\"x\"),y")).isEqualTo("\"'=HYPERLINK(\"\"x\"\"),y\"");
        assertThat(CsvWriter.field("a=b")).isEqualTo("a=b");
    }

    @Test
    void shouldNeutraliseFormulasWhereverASpreadsheetMayStartACell() {
        assertThat(CsvWriter.field("Q4 plan;=cmd|'/C calc'!A0")).isEqualTo("\"Q4 plan;'=cmd|'/C calc'!A0\"");
        assertThat(CsvWriter.field("total,+1")).isEqualTo("\"total,'+1\"");
        assertThat(CsvWriter.field("a\t@SUM(A1)")).isEqualTo("\"a\t'@SUM(A1)\"");
        assertThat(CsvWriter.field("first line\n-2+3")).isEqualTo("\"first line\n'-2+3\"");
        assertThat(CsvWriter.field("a;;=1")).isEqualTo("\"a;;'=1\"");
        assertThat(CsvWriter.field("a; =1")).isEqualTo("\"a; =1\"");
        assertThat(CsvWriter.field("a-b=c")).isEqualTo("a-b=c");
    }

    @Test
    void shouldQuoteEveryListSeparator() {
        assertThat(CsvWriter.field("a;b")).isEqualTo("\"a;b\"");
        assertThat(CsvWriter.field("a\tb")).isEqualTo("\"a\tb\"");
    }

    @Test
    void shouldEndEveryRowWithCrLf() {
        String csv = new CsvWriter().row(List.of("a", "b")).row(Arrays.asList("c", null)).toString();
        assertThat(csv).isEqualTo("a,b\r\nc,\r\n");
    }

    @Test
    void shouldDocumentTheColumnsItWrites() {
        assertThat(EscalationAuditCsv.EXAMPLE).startsWith(String.join(",", EscalationAuditCsv.HEADER) + "\r\n");
        assertThat(EscalationAuditCsv.EXAMPLE.split("\r\n")[1].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"))
                .hasSize(EscalationAuditCsv.HEADER.size());
    }
}
