package dev.vigil.report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The writers reports stream through give exactly the bytes and text the String versions did. */
class ReportWritersTest {

    @Test
    void utf8WriterEncodesLikeStringGetBytesIncludingLoneSurrogates() throws IOException {
        String[] samples = {"plain ascii", "é → ✓ — …", "emoji 😀 in text", "lone high \uD83D end", "lone low \uDE00 x",
                "high at the very end \uD83D", "\uD83D\uD83D\uDE00 two highs then a low", "\u0000\u001B\u007F\u0080\u07FF\u0800\uFFFF"};
        for (String s : samples) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Utf8Writer w = new Utf8Writer(bytes);
            // split the text across writes, so a surrogate pair can straddle two calls
            for (int i = 0; i < s.length(); i += 3) {
                w.write(s, i, Math.min(3, s.length() - i));
            }
            w.flush();
            assertThat(bytes.toByteArray()).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void utf8WriterFlushesLongTextThroughItsBuffer() throws IOException {
        StringBuilder text = new StringBuilder();
        Random random = new Random(1);
        for (int i = 0; i < 100_000; i++) {
            text.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : 0x400 + random.nextInt(0x500)));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Writer w = new Utf8Writer(bytes);
        w.write(text.toString().toCharArray(), 0, text.length());
        w.flush();
        assertThat(bytes.toByteArray()).isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void utf8WriterMatchesStringGetBytesOnRandomTextInRandomPieces() throws IOException {
        Random random = new Random(7);
        char[] pool = {'a', 'z', ' ', '\n', 'é', 'ß', '→', '✓', '\uD83D', '\uDE00', '\u0000', '\u007F'};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            // mostly ASCII runs, as in a report, with every other kind of character in between
            text.append(random.nextInt(4) == 0 ? pool[random.nextInt(pool.length)] : (char) ('a' + random.nextInt(26)));
        }
        String s = text.toString();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Writer w = new Utf8Writer(bytes);
        for (int i = 0; i < s.length(); ) {
            int len = Math.min(s.length() - i, 1 + random.nextInt(random.nextBoolean() ? 8 : 40_000));
            if (random.nextBoolean()) {
                w.write(s, i, len);
            } else {
                w.write(s.toCharArray(), i, len);
            }
            i += len;
        }
        w.flush();
        assertThat(bytes.toByteArray()).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void markdownEscapingChangesExactlyControlCharactersAndMarkup() {
        for (char c = 0; c < 0x800; c++) {
            boolean special = c < 0x20 || c >= 0x7F && c <= 0x9F || "&<>\"\\`*_[]|#".indexOf(c) >= 0;
            String in = "a" + c + "b";
            if (special) {
                assertThat(MarkdownEscaping.escape(in)).as("U+%04X", (int) c).isNotEqualTo(in);
            } else {
                assertThat(MarkdownEscaping.escape(in)).as("U+%04X", (int) c).isEqualTo(in);
            }
        }
    }

    @Test
    void reportJsonHasJacksonsDefaultLayoutWithUnixLineEnds() throws IOException {
        tools.jackson.databind.node.ObjectNode tree = JsonReport.mapper().createObjectNode();
        tree.put("name", "x \"quoted\" é").put("n", 3).putArray("list").add("a").add(2).addObject().put("k", true);
        tree.putArray("empty");
        tree.putObject("emptyObject");
        tools.jackson.databind.node.ObjectNode deep = tree.putObject("deep");
        for (int i = 0; i < 70; i++) { // past the pre-encoded indentation levels
            deep = deep.putObject("level" + i);
        }
        deep.put("bottom", 1);
        String expected = JsonReport.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree)
                .replace(System.lineSeparator(), "\n") + "\n";
        assertThat(JsonReport.render(tree)).isEqualTo(expected);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonReport.write(tree, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void blankLineCollapserKeepsAtMostOneBlankLineAcrossWrites() throws IOException {
        String text = "a\n\n\n\nb\nc\n\n\nd\n\n\n";
        StringWriter out = new StringWriter();
        BlankLineCollapser c = new BlankLineCollapser(out);
        for (char ch : text.toCharArray()) {
            c.write(new char[] {ch}, 0, 1); // one character per write: runs span calls
        }
        assertThat(out.toString()).isEqualTo(text.replaceAll("\n{3,}", "\n\n")).isEqualTo("a\n\nb\nc\n\nd\n\n");
        StringWriter whole = new StringWriter();
        new BlankLineCollapser(whole).write(text);
        assertThat(whole.toString()).isEqualTo(out.toString());
        for (int chunk = 1; chunk <= 5; chunk++) { // strings cut anywhere, newline runs across the cuts
            StringWriter pieces = new StringWriter();
            BlankLineCollapser p = new BlankLineCollapser(pieces);
            for (int i = 0; i < text.length(); i += chunk) {
                p.write(text, i, Math.min(chunk, text.length() - i));
            }
            assertThat(pieces.toString()).as("chunks of %d", chunk).isEqualTo(out.toString());
        }
    }
}
