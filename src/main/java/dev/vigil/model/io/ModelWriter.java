package dev.vigil.model.io;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a model document (maps, lists, text, numbers and booleans) as YAML that {@link ModelLoader}
 * reads back, under a header of comment lines. Used by the assessment and the importers, so every
 * model Vigil writes has the same layout.
 */
public final class ModelWriter {

    private ModelWriter() {
    }

    /**
     * The document as YAML. Header lines become {@code #} comments; characters that could end a
     * comment line or hide text on a terminal are written as {@code \\uXXXX}. Empty text values
     * are left out (an empty id or name is never meant).
     */
    public static String write(List<String> header, Map<String, ?> doc) {
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(120).build();
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append("# ").append(commentSafe(line)).append('\n'));
        return out.append(new Dump(settings).dumpToString(withoutEmptyText(doc))).toString();
    }

    /**
     * A document whose scalars are all text (as answers are) with {@code true}/{@code false} turned
     * into booleans and whole numbers into numbers, so they are written plain.
     */
    public static Map<String, Object> typedText(Map<String, ?> doc) {
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) typed(doc);
        return typed;
    }

    private static Object typed(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, typed(v)));
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(typed(v)));
            return out;
        }
        if (o instanceof String s && (s.equals("true") || s.equals("false"))) {
            return Boolean.parseBoolean(s);
        }
        if (o instanceof String s && s.matches("-?\\d{1,18}")) {
            return Long.parseLong(s);
        }
        return o;
    }

    private static Object withoutEmptyText(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                if (v != null && !(v instanceof String s && s.isEmpty())) {
                    out.put((String) k, withoutEmptyText(v));
                }
            });
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(withoutEmptyText(v)));
            return out;
        }
        return o;
    }

    private static String commentSafe(String line) {
        StringBuilder out = new StringBuilder();
        line.codePoints().forEach(c -> out.append(c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && !bidi(c)
                ? Character.toString(c) : String.format("\\u%04X", c)));
        return out.toString();
    }

    private static boolean bidi(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0xFEFF
                || c == 0x2028 || c == 0x2029;
    }
}
