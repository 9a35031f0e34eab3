package dev.vigil.questionnaire;

import dev.vigil.model.io.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model the answers describe, as a document (maps, lists, text) exactly as a model file would
 * hold it: the questionnaire's base, then the elements answers create, then the fields answers set.
 * Built afresh from the active answers, so it depends on nothing but them.
 */
final class ModelDraft {

    static final List<String> LISTS = List.of("zones", "components", "data", "flows", "principals", "access", "dependencies", "controls");

    private final Questionnaire questionnaire;
    private final Map<String, Object> doc;

    private ModelDraft(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        this.doc = Documents.mapping(Documents.toJava(questionnaire.base()));
        for (String list : LISTS) {
            doc.computeIfAbsent(list, k -> new ArrayList<>());
        }
    }

    /** The document for these answers (only those currently asked). */
    static Map<String, Object> build(Questionnaire questionnaire, List<GivenAnswer> active) {
        ModelDraft draft = new ModelDraft(questionnaire);
        List<GivenAnswer> ordered = active.stream()
                .sorted(Comparator.comparingInt((GivenAnswer a) -> questionnaire.order(a.question())).thenComparing(GivenAnswer::item))
                .toList();
        ordered.forEach(draft::create);
        ordered.forEach(draft::set);
        ordered.stream().filter(GivenAnswer::isUnknown).forEach(a -> draft.recordUnknown(a, active));
        return draft.doc;
    }

    /** The question as asked about an item, with the item's name as the person typed it. */
    static String text(Questionnaire questionnaire, List<GivenAnswer> active, String question, String item) {
        return questionnaire.get(question).text().replace("{item}", nameOf(questionnaire, active, item));
    }

    static String nameOf(Questionnaire questionnaire, List<GivenAnswer> active, String item) {
        for (GivenAnswer a : active) {
            int i = questionnaire.get(a.question()).type().equals("items") ? a.values().indexOf(item) : -1;
            if (i >= 0) {
                return a.names().get(i);
            }
        }
        return item;
    }

    /** An answer of "unknown" stays in the model as a gap to close, about the element of its item. */
    private void recordUnknown(GivenAnswer a, List<GivenAnswer> active) {
        Map<String, Object> unknown = new LinkedHashMap<>();
        unknown.put("question", text(questionnaire, active, a.question(), a.item()));
        if (!element(a.item()).isEmpty()) {
            unknown.put("about", a.item());
        }
        doc.computeIfAbsent("unknowns", k -> new ArrayList<Object>());
        list("unknowns").add(unknown);
    }

    private void create(GivenAnswer a) {
        QuestionDef q = questionnaire.get(a.question());
        if (q.type().equals("items")) {
            for (int i = 0; i < a.values().size(); i++) {
                for (Creates c : q.creates()) {
                    apply(c, Map.of("item", a.values().get(i), "name", a.names().get(i), "value", a.values().get(i)));
                }
            }
            return;
        }
        for (String given : a.values()) {
            // pessimistic: an unknown count of admins is taken as some admins
            String value = given.equals("unknown") && q.unknownMeans() != null ? q.unknownMeans() : given;
            Map<String, String> vars = Map.of("item", a.item(), "name", a.item(), "value", value);
            for (Creates c : q.creates()) {
                if (applies(c, value)) {
                    apply(c, vars);
                }
            }
            q.choices().stream().filter(ch -> ch.value().equals(value)).flatMap(ch -> ch.creates().stream())
                    .forEach(c -> apply(c, vars));
        }
    }

    private static boolean applies(Creates c, String value) {
        if (c.when().isEmpty()) {
            return !value.equals("unknown");
        }
        return c.when().contains(value) || c.when().contains("positive") && value.matches("\\d+") && Long.parseLong(value) > 0;
    }

    private void apply(Creates c, Map<String, String> vars) {
        List<Object> list = list(c.list());
        List<String> each = c.each() == null ? java.util.Collections.singletonList(null) : ids(c.each());
        for (String e : each) {
            Map<String, String> all = new LinkedHashMap<>(vars);
            if (e != null) {
                all.put("each", e);
            }
            Object element = Documents.substitute(Documents.toJava(c.element()), all);
            Object id = element instanceof Map<?, ?> m ? m.get("id") : null;
            boolean duplicate = id != null && list.stream().anyMatch(x -> x instanceof Map<?, ?> m && id.equals(m.get("id")));
            if (!duplicate && !list.contains(element)) {
                list.add(element);
            }
        }
    }

    private void set(GivenAnswer a) {
        QuestionDef q = questionnaire.get(a.question());
        if (q.unpickedSets() != null && !a.isUnknown()) {
            List<Object> unpicked = new ArrayList<>();
            q.choices().stream().map(ChoiceDef::value).filter(v -> !a.values().contains(v)).forEach(unpicked::add);
            put(q.unpickedSets(), a.item(), unpicked);
        }
        if (q.sets() == null) {
            return;
        }
        if (q.sets().contains("{value}")) {
            // one target per pick, each given the fixed value; unknown picks them all
            List<String> picks = a.isUnknown() ? List.of("*") : a.values();
            for (String pick : picks) {
                put(q.sets().replace("{value}", pick), a.item(), q.setsTo());
            }
            return;
        }
        boolean unknown = a.isUnknown();
        if (unknown && q.unknownMeans() == null && (q.type().equals("multi") || q.type().equals("items"))) {
            return; // an unknown list leaves the model's default; the gap is reported
        }
        put(q.sets(), a.item(), q.setsTo() != null && !unknown ? q.setsTo() : valueOf(q, a));
    }

    private void put(String path, String item, Object value) {
        int dot = path.lastIndexOf('.');
        String field = path.substring(dot + 1);
        for (Map<String, Object> target : targets(dot < 0 ? null : path.substring(0, dot), item)) {
            target.put(field, value);
        }
    }

    private static Object valueOf(QuestionDef q, GivenAnswer a) {
        if (a.isUnknown()) {
            return q.unknownMeans() == null ? "unknown" : q.unknownMeans();
        }
        return switch (q.type()) {
            case "yes-no" -> a.values().get(0).equals("yes") ? "true" : "false";
            case "multi", "items" -> new ArrayList<Object>(a.values());
            default -> a.values().get(0);
        };
    }

    /**
     * The mappings a path names: system, practices(.backups), list[id], list[field=value], list[*],
     * or (a bare field) the element made from the answer's item.
     */
    private List<Map<String, Object>> targets(String path, String item) {
        if (path == null) {
            return element(item);
        }
        int bracket = path.indexOf('[');
        if (bracket > 0) {
            String selector = path.substring(bracket + 1, path.length() - 1);
            int eq = selector.indexOf('=');
            String field = eq < 0 ? "id" : selector.substring(0, eq);
            String wanted = selector.substring(eq + 1);
            return list(path.substring(0, bracket)).stream().filter(x -> x instanceof Map<?, ?>).map(Documents::mapping)
                    .filter(m -> wanted.equals("*") || wanted.equals(m.get(field))).toList();
        }
        Map<String, Object> at = doc;
        for (String part : path.split("\\.")) {
            at = Documents.mapping(at.computeIfAbsent(part, k -> new LinkedHashMap<String, Object>()));
        }
        return List.of(at);
    }

    private List<Map<String, Object>> element(String item) {
        for (String list : LISTS) {
            for (Object x : list(list)) {
                if (x instanceof Map<?, ?> m && item.equals(m.get("id"))) {
                    return List.of(Documents.mapping(x));
                }
            }
        }
        return List.of();
    }

    private List<String> ids(String list) {
        return list(list).stream().filter(x -> x instanceof Map<?, ?>).map(x -> String.valueOf(((Map<?, ?>) x).get("id"))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(String name) {
        return (List<Object>) doc.get(name);
    }

    static Node toNode(Map<String, Object> doc) {
        return Documents.toNode(doc);
    }
}
