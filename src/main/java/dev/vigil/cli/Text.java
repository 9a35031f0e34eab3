package dev.vigil.cli;

/** Text from models and answers made safe for a terminal: no escape sequences, control or bidi characters. */
final class Text {

    private Text() {
    }

    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            boolean control = Character.isISOControl(c) && c != '\t';
            boolean format = Character.getType(c) == Character.FORMAT; // bidi overrides, zero-width
            sb.appendCodePoint(control || format ? '?' : c);
        });
        return sb.toString();
    }
}
