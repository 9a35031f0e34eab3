package dev.vigil.model.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed YAML/JSON value with the position it came from (1-based line and column). */
public sealed interface Node {

    int line();

    int column();

    /** A scalar; {@code plain} is false for quoted scalars, which are always strings. */
    record Scalar(String value, boolean plain, int line, int column) implements Node {
        public boolean isNull() {
            return plain && (value.isEmpty() || value.equals("null") || value.equals("~"));
        }
    }

    record Sequence(List<Node> items, int line, int column) implements Node {
    }

    /** A mapping; keys keep their own position for "unknown field" messages. */
    record Mapping(LinkedHashMap<String, Entry> entries, int line, int column) implements Node {
        public Node get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        public Map<String, Entry> asMap() {
            return entries;
        }
    }

    record Entry(String key, int line, int column, Node value) {
    }
}
