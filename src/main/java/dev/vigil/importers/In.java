package dev.vigil.importers;

import dev.vigil.model.io.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A place in the source file: the node (null when the key is absent) and its path. Reading a value
 * of the wrong shape records a problem naming the path and what was expected, and gives back an
 * empty value, so one pass reports every problem and no importer has to check shapes itself.
 */
final class In {

    private final Ctx ctx;
    private final Node node;
    private final String path;

    In(Ctx ctx, Node node, String path) {
        this.ctx = ctx;
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    Node node() {
        return node;
    }

    /** Absent, or written as null / empty. */
    boolean absent() {
        return node == null || node instanceof Node.Scalar s && s.isNull();
    }

    boolean isMapping() {
        return node instanceof Node.Mapping;
    }

    boolean isSequence() {
        return node instanceof Node.Sequence;
    }

    In get(String key) {
        Node child = node instanceof Node.Mapping ? entries().get(key) : null;
        return new In(ctx, child, path.isEmpty() ? key : path + "." + key);
    }

    /** The text of a scalar; null when absent; a problem for a list or mapping. */
    String text() {
        if (absent()) {
            return null;
        }
        if (node instanceof Node.Scalar s) {
            return s.value();
        }
        problem("expected a single value, got " + shape());
        return null;
    }

    String text(String key) {
        return get(key).text();
    }

    /** The text, or the fallback when absent. */
    String text(String key, String fallback) {
        String t = text(key);
        return t == null ? fallback : t;
    }

    /** true or false; absent gives the fallback, anything else a problem. */
    boolean bool(String key, boolean fallback) {
        In v = get(key);
        String t = v.text();
        if (t == null) {
            return fallback;
        }
        if (t.equals("true") || t.equals("false")) {
            return Boolean.parseBoolean(t);
        }
        v.problem("expected true or false, got '" + dev.vigil.model.io.Names.printable(t) + "'");
        return fallback;
    }

    /** A number, or null when absent or not a number (a problem then). */
    Double number(String key) {
        In v = get(key);
        String t = v.text();
        if (t == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(t);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.problem("expected a number, got '" + dev.vigil.model.io.Names.printable(t) + "'");
        return null;
    }

    /** Items of a list; absent gives none, a mapping or scalar a problem. */
    List<In> items() {
        List<In> out = new ArrayList<>();
        if (absent()) {
            return out;
        }
        if (node instanceof Node.Sequence seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                out.add(new In(ctx, seq.items().get(i), path + "[" + i + "]"));
            }
        } else {
            problem("expected a list, got " + shape());
        }
        return out;
    }

    List<In> items(String key) {
        return get(key).items();
    }

    /** Texts of a list of single values (each other item is a problem). */
    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        for (In item : items(key)) {
            String t = item.text();
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** Key → value of a mapping, in file order; absent gives none, anything else a problem. */
    Map<String, In> fields() {
        Map<String, In> out = new LinkedHashMap<>();
        if (absent()) {
            return out;
        }
        if (!(node instanceof Node.Mapping)) {
            problem("expected a mapping of names to entries, got " + shape());
            return out;
        }
        entries().forEach((k, v) -> out.put(k, new In(ctx, v, path.isEmpty() ? k : path + "." + k)));
        return out;
    }

    Map<String, In> fields(String key) {
        return get(key).fields();
    }

    /** A mapping is expected here (absent is fine); a problem when it is something else. */
    boolean expectMapping() {
        if (absent() || node instanceof Node.Mapping) {
            return node instanceof Node.Mapping;
        }
        problem("expected a mapping, got " + shape());
        return false;
    }

    void problem(String message) {
        ctx.problem(node, path, message);
    }

    void warn(String message) {
        ctx.warn(path, message);
    }

    String shape() {
        if (node instanceof Node.Mapping) {
            return "a mapping";
        }
        if (node instanceof Node.Sequence) {
            return "a list";
        }
        return node == null ? "nothing" : "the value '" + dev.vigil.model.io.Names.printable(((Node.Scalar) node).value()) + "'";
    }

    /**
     * The mapping's entries with YAML merge keys ({@code <<: *base}) applied: the entries written in
     * the mapping win over merged ones. Threagile models use them to derive one asset from another.
     */
    private Map<String, Node> entries() {
        Node.Mapping m = (Node.Mapping) node;
        Map<String, Node> out = new LinkedHashMap<>();
        m.entries().forEach((k, e) -> {
            if (!k.equals("<<")) {
                out.put(k, e.value());
            }
        });
        Node.Entry merge = m.entries().get("<<");
        if (merge != null) {
            List<Node> bases = merge.value() instanceof Node.Sequence s ? s.items() : List.of(merge.value());
            for (Node base : bases) {
                if (base instanceof Node.Mapping bm) {
                    bm.entries().forEach((k, e) -> {
                        if (!k.equals("<<")) {
                            out.putIfAbsent(k, e.value());
                        }
                    });
                }
            }
        }
        return out;
    }
}
