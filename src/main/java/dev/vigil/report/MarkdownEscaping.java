package dev.vigil.report;

/**
 * What a template's {@code {{value}}} becomes in Markdown: escaped for Markdown and the HTML it lets
 * through), so names from a model can never inject markup, links or table cells. Newlines become
 * spaces: every value renders inline.
 */
final class MarkdownEscaping {

    /** The templates' factory with this escaping. */
    static EscapingFactory factory() {
        return new EscapingFactory(MarkdownEscaping::escape);
    }

    private MarkdownEscaping() {
    }

    static String escape(String value) {
        int first = firstToEscape(value);
        if (first < 0) {
            return value; // most values: nothing to escape, no copy
        }
        StringBuilder sb = new StringBuilder(value.length() + 16).append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\n', '\r', '\t' -> sb.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '#' -> sb.append('\\').append(c);
                default -> {
                    if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
                        sb.append(String.format("\\\\u%04X", (int) c)); // an escape sequence shows as text, e.g. \\u001B
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** The characters below 0xA0 that need escaping (control characters, markup), as a table: this runs for every character of a report. */
    private static final boolean[] SPECIAL = new boolean[0xA0];

    static {
        for (int c = 0; c < SPECIAL.length; c++) {
            SPECIAL[c] = c < 0x20 || c >= 0x7F || "&<>\"\\`*_[]|#".indexOf(c) >= 0;
        }
    }

    private static int firstToEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < SPECIAL.length && SPECIAL[c]) {
                return i;
            }
        }
        return -1;
    }
}
