package io.remit.notification.audit.rest;

import java.util.List;

/**
 * Writes RFC 4180 CSV: CRLF line ends; a field holding a list separator of any locale (comma, semicolon, tab), a
 * double quote, CR or LF is quoted, with inner quotes doubled. Spreadsheets run a cell that starts with
 * {@code = + - @}, a tab or CR as a formula, and a spreadsheet set to another list separator (Excel in a
 * {@code ;} locale) or one that ignores the quotes starts a new cell after every such separator and line break; so
 * a {@code '} goes before each such character wherever a cell could start: at the start of the field and after every
 * separator or line break in it. Null is an empty field.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final String CELL_BREAKS = ",;\t\r\n";
    private static final String NEEDS_QUOTES = ",;\t\"\r\n";

    private final StringBuilder out = new StringBuilder();

    public CsvWriter row(List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(values.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = withoutFormulas(value.toString());
        return containsAny(text, NEEDS_QUOTES) ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** The text with a {@code '} before every character that would start a formula in a cell beginning there. */
    private static String withoutFormulas(String text) {
        StringBuilder safe = new StringBuilder(text.length() + 1);
        boolean cellStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (cellStart && FORMULA_STARTS.indexOf(c) >= 0) {
                safe.append('\'');
            }
            safe.append(c);
            cellStart = CELL_BREAKS.indexOf(c) >= 0;
        }
        return safe.toString();
    }

    private static boolean containsAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
