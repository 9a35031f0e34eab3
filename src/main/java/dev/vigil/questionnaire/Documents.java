package dev.vigil.questionnaire;

import dev.vigil.model.io.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Model documents as plain maps, lists and text: from and to {@link Node} trees, with {name} placeholders. */
final class Documents {

    private Documents() {
    }

    static Object toJava(Node node) {
        if (node == null) {
            return new LinkedHashMap<String, Object>();
        }
        if (node instanceof Node.Mapping m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach((k, e) -> out.put(k, toJava(e.value())));
            return out;
        }
        if (node instanceof Node.Sequence s) {
            List<Object> out = new ArrayList<>();
            s.items().forEach(i -> out.add(toJava(i)));
            return out;
        }
        return ((Node.Scalar) node).value();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mapping(Object o) {
        return (Map<String, Object>) o;
    }

    /** A copy with {key} replaced by the value in every text. */
    static Object substitute(Object o, Map<String, String> vars) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, substitute(v, vars)));
            return out;
        }
        if (o instanceof List<?> l) {
            return new ArrayList<>(l.stream().map(v -> substitute(v, vars)).toList());
        }
        String s = (String) o;
        for (Map.Entry<String, String> v : vars.entrySet()) {
            s = s.replace("{" + v.getKey() + "}", v.getValue());
        }
        return s;
    }

    /** A tree the model loader accepts; it has no lines, as it comes from answers, not a file. */
    static Node toNode(Object o) {
        if (o instanceof Map<?, ?> m) {
            LinkedHashMap<String, Node.Entry> entries = new LinkedHashMap<>();
            m.forEach((k, v) -> entries.put((String) k, new Node.Entry((String) k, 0, 0, toNode(v))));
            return new Node.Mapping(entries, 0, 0);
        }
        if (o instanceof List<?> l) {
            return new Node.Sequence(l.stream().map(Documents::toNode).toList(), 0, 0);
        }
        String s = (String) o;
        // "" is left out (null); the words null and ~ stay words
        boolean word = s.equals("null") || s.equals("~");
        return new Node.Scalar(s, !word, 0, 0);
    }
}
