package dev.vigil.report;

import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Finding;
import dev.vigil.analysis.PlanItem;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Markdown and HTML templates render: the JSON report's tree as maps and lists, findings
 * and scenarios numbered, compliance per framework, and the flags the templates test.
 */
final class ReportView {

    private ReportView() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Analysis a, ObjectNode tree) {
        Map<String, Object> view = (Map<String, Object>) plain(tree);
        number((List<Map<String, Object>>) view.get("findings"), "rank");
        number((List<Map<String, Object>>) view.get("scenarios"), "rank");
        view.put("complianceFrameworks", complianceFrameworks((Map<String, Map<String, Object>>) view.get("compliance"), a));
        view.put("hasExceeding", !a.plan().stillExceeding().isEmpty());
        view.put("hasInScope", !a.source().model().system().inScope().isEmpty());
        view.put("hasOutOfScope", !a.source().model().system().outOfScope().isEmpty());
        view.put("hasTruncated", a.scenariosTruncated().total() > 0);
        view.put("hasNotApplicable", !a.notApplicable().applied().isEmpty() || !a.notApplicable().unmatched().isEmpty());
        return view;
    }

    /**
     * The tree as maps, lists and values for the template. A walk, not {@code convertValue}: that
     * writes the tree out as tokens and reads them back, a fifth of the Markdown report's time in a batch.
     */
    static Object plain(tools.jackson.databind.JsonNode n) {
        if (n.isObject()) {
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            n.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (n.isArray()) {
            List<Object> list = new ArrayList<>(n.size());
            n.values().forEach(v -> list.add(plain(v)));
            return list;
        }
        if (n.isString()) {
            return n.stringValue();
        }
        if (n.isNumber()) {
            return n.numberValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return null;
    }

    private static void number(List<Map<String, Object>> items, String key) {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).put(key, i + 1);
        }
    }

    static Map<String, String> worstSeverityByTarget(List<Finding> findings) {
        Map<String, String> worst = new HashMap<>();
        findings.forEach(f -> worst.putIfAbsent(f.target(), f.risk().severity().label()));
        return worst;
    }

    /** One section per framework: each control with the plan's fixes that satisfy it and the threats that map to it. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> complianceFrameworks(Map<String, Map<String, Object>> compliance, Analysis a) {
        Map<String, PlanItem> planned = new HashMap<>();
        a.plan().items().forEach(p -> planned.put(p.mitigationId(), p));
        List<Map<String, Object>> frameworks = new ArrayList<>();
        compliance.forEach((key, framework) -> {
            Map<String, Map<String, List<String>>> controls = (Map<String, Map<String, List<String>>>) framework.get("controls");
            List<Map<String, Object>> rows = new ArrayList<>();
            int[] satisfied = {0};
            controls.forEach((control, c) -> {
                List<PlanItem> fixes = c.get("fixes").stream().map(planned::get).sorted(Comparator.comparingInt(PlanItem::order)).toList();
                satisfied[0] += fixes.isEmpty() ? 0 : 1;
                List<Map<String, Object>> fixViews = new ArrayList<>();
                fixes.forEach(p -> fixViews.add(Map.of("sep", fixViews.isEmpty() ? "" : ", ", "order", p.order(), "title", p.title())));
                rows.add(Map.of("control", control, "fixes", fixViews, "threats", String.join(", ", c.get("threats"))));
            });
            frameworks.add(Map.of("title", framework.get("title"), "controls", rows, "count", rows.size(), "hasControls", !rows.isEmpty(),
                    "satisfied", satisfied[0]));
        });
        return frameworks;
    }
}
