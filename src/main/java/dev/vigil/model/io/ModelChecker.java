package dev.vigil.model.io;

import dev.vigil.model.AccessGrant;
import dev.vigil.model.Assumption;
import dev.vigil.model.Component;
import dev.vigil.model.Control;
import dev.vigil.model.DataFlow;
import dev.vigil.model.Dependency;
import dev.vigil.model.SystemModel;
import dev.vigil.model.TrustZone;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Checks what binding cannot: unique ids, references that resolve, zone nesting without cycles. */
final class ModelChecker {

    private final String file;
    private final SystemModel model;
    private final Map<String, Node> nodes;
    private final List<Problem> problems;
    private final Map<String, String> kindById = new HashMap<>();
    private final Map<String, String> threatRules;

    /** {@code threatRules}: rule id → threat it raises ("" for derivation rules), or null when unknown here. */
    ModelChecker(String file, SystemModel model, Map<String, Node> nodes, List<Problem> problems, Map<String, String> threatRules) {
        this.file = file;
        this.model = model;
        this.nodes = nodes;
        this.problems = problems;
        this.threatRules = threatRules;
    }

    void check() {
        if (model.system() != null && model.system().id() != null) {
            kindById.put(model.system().id(), "system");
        }
        collectIds("zones", model.zones(), TrustZone::id, "zone");
        collectIds("components", model.components(), Component::id, "component");
        collectIds("data", model.data(), d -> d.id(), "data asset");
        collectIds("flows", model.flows(), DataFlow::id, "flow");
        collectIds("principals", model.principals(), p -> p.id(), "principal");
        collectIds("dependencies", model.dependencies(), Dependency::id, "dependency");
        collectIds("controls", model.controls(), Control::id, "control");
        checkIdsAndNames();
        checkReferences();
        checkZoneCycles();
        checkAssumptions();
    }

    private <T> void collectIds(String list, List<T> items, Function<T, String> id, String kind) {
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (value == null) {
                continue;
            }
            String previous = kindById.putIfAbsent(value, kind);
            if (previous != null) {
                report(list + "[" + i + "].id", "duplicate id '" + value + "', already used by a " + previous
                        + "; ids must be unique across the whole model");
            }
        }
    }

    /**
     * Ids are short ASCII words, so that look-alike letters, right-to-left overrides, control
     * characters and path syntax cannot hide in them; two ids that differ only in case are refused
     * as confusable. Names are bounded so that a report stays readable.
     */
    private void checkIdsAndNames() {
        Map<String, String> byLowerCase = new HashMap<>();
        for (Map.Entry<String, Node> e : nodes.entrySet()) {
            String path = e.getKey();
            if (!(e.getValue() instanceof Node.Scalar s)) {
                continue;
            }
            if (path.endsWith(".id") || path.equals("id")) {
                if (!ID.matcher(s.value()).matches()) {
                    report(path, "id '" + Names.printable(s.value()) + "' is not allowed: an id is 1 to " + MAX_ID_CHARS
                            + " characters from a-z, A-Z, 0-9, '.', '_', ':' and '-', starting with a letter or digit");
                    continue;
                }
                String first = byLowerCase.putIfAbsent(s.value().toLowerCase(java.util.Locale.ROOT), s.value());
                if (first != null && !first.equals(s.value())) {
                    report(path, "id '" + s.value() + "' differs only in case from '" + first + "'; use one spelling");
                }
            } else if (path.endsWith(".name") && s.value().length() > MAX_NAME_CHARS) {
                report(path, "name is " + s.value().length() + " characters long, over the limit of " + MAX_NAME_CHARS);
            }
        }
    }

    static final int MAX_ID_CHARS = 128;
    static final int MAX_NAME_CHARS = 1000;
    private static final java.util.regex.Pattern ID =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0," + (MAX_ID_CHARS - 1) + "}");

    private void checkReferences() {
        eachRef("zones", model.zones(), z -> one(z.parent()), "parent", "zone");
        eachRef("components", model.components(), c -> one(c.zone()), "zone", "zone");
        eachRef("components", model.components(), Component::stores, "stores", "data asset");
        eachRef("components", model.components(), Component::processes, "processes", "data asset");
        eachRef("flows", model.flows(), f -> one(f.from()), "from", "component");
        eachRef("flows", model.flows(), f -> one(f.to()), "to", "component");
        eachRef("flows", model.flows(), DataFlow::data, "data", "data asset");
        eachRef("access", model.access(), a -> one(a.principal()), "principal", "principal");
        eachRef("access", model.access(), a -> one(a.component()), "component", "component");
        eachRef("dependencies", model.dependencies(), Dependency::usedBy, "used_by", "component");
        eachRef("dependencies", model.dependencies(), Dependency::dataShared, "data_shared", "data asset");
        eachRef("controls", model.controls(), Control::protects, "protects", "component", "zone");
        eachRef("unknowns", model.unknowns(), u -> one(u.about()), "about",
                "component", "data asset", "flow", "principal", "dependency", "zone", "control", "system");
        eachRef("assumptions", model.assumptions(), a -> Assumption.EVERY_TARGET.equals(a.target()) ? List.of() : one(a.target()),
                "target", "component", "data asset", "flow", "principal", "dependency", "zone", "control", "system");
        eachRef("notes", model.notes(), n -> one(n.element()), "element",
                "component", "data asset", "flow", "principal", "dependency", "zone", "control", "system");
    }

    /**
     * An assumption names a rule that raises threats (when the rule base is known here), says why,
     * and is stated once per rule and target.
     */
    private void checkAssumptions() {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < model.assumptions().size(); i++) {
            Assumption a = model.assumptions().get(i);
            String at = "assumptions[" + i + "]";
            if (a.reason() != null && a.reason().isBlank()) {
                report(at + ".reason", "the reason is empty; say why the rule does not apply");
            }
            if (a.rule() != null && threatRules != null) {
                String threat = threatRules.get(a.rule());
                if (threat == null) {
                    Set<String> candidates = new java.util.TreeSet<>();
                    threatRules.forEach((id, t) -> {
                        if (!t.isEmpty()) {
                            candidates.add(id);
                        }
                    });
                    report(at + ".rule", "no rule with id '" + a.rule() + "' exists." + Names.didYouMean(a.rule(), candidates)
                            + " (vigil rules list shows every rule)");
                } else if (threat.isEmpty()) {
                    report(at + ".rule", "rule '" + a.rule() + "' derives facts and raises no threat; "
                            + "an assumption names a rule that raises one");
                }
            }
            if (a.rule() != null && a.target() != null) {
                Integer first = seen.putIfAbsent(a.rule() + "@" + a.target(), i);
                if (first != null) {
                    Node firstNode = nodes.get("assumptions[" + first + "]");
                    report(at, "duplicate assumption for rule '" + a.rule() + "' on '" + a.target() + "'"
                            + (firstNode == null ? "" : " (first at line " + firstNode.line() + ")") + "; state it once");
                }
            }
        }
    }

    /** A single reference as a list: empty when the field is missing (binding has reported that already). */
    private static List<String> one(String ref) {
        return ref == null ? List.of() : List.of(ref);
    }

    private <T> void eachRef(String list, List<T> items, Function<T, List<String>> refs, String field, String... kinds) {
        for (int i = 0; i < items.size(); i++) {
            List<String> values = refs.apply(items.get(i));
            for (int j = 0; j < values.size(); j++) {
                String ref = values.get(j);
                if (ref == null) {
                    continue;
                }
                String actual = kindById.get(ref);
                if (actual == null || !List.of(kinds).contains(actual)) {
                    String path = list + "[" + i + "]." + field + (values.size() > 1 || isList(list, i, field) ? "[" + j + "]" : "");
                    report(path, describeDangling(ref, actual, kinds));
                }
            }
        }
    }

    private boolean isList(String list, int i, String field) {
        return nodes.get(list + "[" + i + "]." + field) instanceof Node.Sequence;
    }

    private String describeDangling(String ref, String actual, String... kinds) {
        String wanted = kinds.length > 2 ? "model element" : String.join(" or ", kinds);
        if (actual != null) {
            return "'" + ref + "' is a " + actual + ", but a " + wanted + " is expected here";
        }
        Set<String> candidates = new HashSet<>();
        kindById.forEach((id, kind) -> {
            if (List.of(kinds).contains(kind)) {
                candidates.add(id);
            }
        });
        return "no " + wanted + " with id '" + ref + "' exists." + Names.didYouMean(ref, candidates);
    }

    private void checkZoneCycles() {
        Map<String, String> parent = new HashMap<>();
        model.zones().forEach(z -> parent.put(z.id(), z.parent()));
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < model.zones().size(); i++) {
            String start = model.zones().get(i).id();
            Set<String> seen = new HashSet<>();
            String cur = start;
            while (cur != null && seen.add(cur)) {
                cur = parent.get(cur);
            }
            if (cur != null && cur.equals(start) && reported.add(start)) {
                report("zones[" + i + "].parent", "zone '" + start + "' is nested inside itself: "
                        + String.join(" → ", chain(start, parent)));
            }
        }
    }

    private static List<String> chain(String start, Map<String, String> parent) {
        var out = new java.util.ArrayList<String>();
        String cur = start;
        do {
            out.add(cur);
            cur = parent.get(cur);
        } while (cur != null && !cur.equals(start) && out.size() < 50);
        out.add(start);
        return out;
    }

    private void report(String path, String message) {
        Node at = nodes.get(path);
        if (at == null) {
            at = nodes.get(path.replaceAll("\\[\\d+]$", ""));
        }
        problems.add(new Problem(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(), path, message));
    }
}
