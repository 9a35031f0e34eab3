package dev.vigil.report;

/**
 * What a template's {@code {{value}}} becomes in HTML: escaped for text and quoted attributes, with
 * control characters (ANSI escapes, NUL…), which HTML may not carry, as visible {@code \u001B} text,
 * as the terminal and Markdown outputs do.
 */
final class HtmlEscaping {

    /** The templates' factory with this escaping. */
    static EscapingFactory factory() {
        return new EscapingFactory(HtmlEscaping::escape);
    }

    private HtmlEscaping() {
    }

    static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '`' -> sb.append("&#96;");
                case '=' -> sb.append("&#61;");
                case '\n', '\t' -> sb.append(c);
                default -> {
                    if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
