package dev.vigil.report;

import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Finding;
import dev.vigil.analysis.PlanItem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Markdown and HTML templates render besides the JSON report's tree: findings and
 * scenarios numbered, compliance per framework, and the flags the templates test.
 */
final class ReportView {

    private ReportView() {
    }

    /**
     * The view's own keys; a template renders {@link #scopes} of it, so the tree's keys are read in
     * place (see {@link JsonTreeHandler}) and these come in front of them.
     */
    static Map<String, Object> of(Analysis a, ObjectNode tree) {
        Map<String, Object> view = new HashMap<>();
        view.put("findings", ranked(tree.path("findings")));
        view.put("threatGroups", groups(tree));
        view.put("questions", ranked(tree.path("questions")));
        view.put("asks", ranked(tree.path("verify")));
        view.put("isRisky", a.unknownAsRisky());
        view.put("hasQuestions", !a.questions().isEmpty());
        view.put("scenarios", ranked(tree.path("scenarios")));
        view.put("complianceFrameworks", complianceFrameworks(tree.path("compliance"), a));
        view.put("hasExceeding", !a.plan().stillExceeding().isEmpty());
        view.put("hasInScope", !a.source().model().system().inScope().isEmpty());
        view.put("hasOutOfScope", !a.source().model().system().outOfScope().isEmpty());
        view.put("hasTruncated", a.scenariosTruncated().total() > 0);
        view.put("hasNotApplicable", !a.notApplicable().applied().isEmpty() || !a.notApplicable().unmatched().isEmpty());
        return view;
    }

    /**
     * The threats grouped by rule, ranked by their worst finding: each group's own keys (rank, count,
     * several) and its findings' nodes as {@code items}, each knowing whether its group has several.
     */
    private static List<NodeScope> groups(ObjectNode tree) {
        Map<String, JsonNode> byId = new HashMap<>();
        tree.path("findings").forEach(f -> byId.put(f.path("id").stringValue(), f));
        List<NodeScope> out = new ArrayList<>();
        for (JsonNode g : tree.path("groups")) {
            boolean several = g.path("findings").size() > 1;
            List<NodeScope> items = new ArrayList<>();
            g.path("findings").forEach(id -> items.add(new NodeScope((ObjectNode) byId.get(id.stringValue()),
                    new HashMap<>(Map.of("several", several)))));
            Map<String, Object> extra = new HashMap<>();
            extra.put("rank", out.size() + 1);
            extra.put("count", items.size());
            extra.put("several", several);
            extra.put("items", items);
            out.add(new NodeScope((ObjectNode) g, extra));
        }
        return out;
    }

    /** The scopes a template executes with: the tree, then the view (looked up first). */
    static Object[] scopes(ObjectNode tree, Map<String, Object> view) {
        return new Object[] {tree, view};
    }

    /** Each object of the array numbered from 1 as {@code rank}; renderers may add keys of their own. */
    private static List<NodeScope> ranked(JsonNode array) {
        List<NodeScope> items = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            Map<String, Object> extra = new HashMap<>();
            extra.put("rank", items.size() + 1);
            extra.put("hasUnnoticed", item.path("unnoticed").size() > 0); // scenarios: monitoring gaps on the way
            items.add(new NodeScope((ObjectNode) item, extra));
        }
        return items;
    }

    static Map<String, String> worstSeverityByTarget(List<Finding> findings) {
        Map<String, String> worst = new HashMap<>();
        findings.forEach(f -> worst.putIfAbsent(f.target(), f.risk().severity().label()));
        return worst;
    }

    /** One section per framework: each control with the plan's fixes that satisfy it and the threats that map to it. */
    private static List<Map<String, Object>> complianceFrameworks(JsonNode compliance, Analysis a) {
        Map<String, PlanItem> planned = new HashMap<>();
        a.plan().items().forEach(p -> planned.putIfAbsent(p.mitigationId(), p)); // the first action of each mitigation
        List<Map<String, Object>> frameworks = new ArrayList<>();
        for (JsonNode framework : compliance) {
            List<Map<String, Object>> rows = new ArrayList<>();
            int satisfied = 0;
            for (var control : framework.path("controls").properties()) {
                List<PlanItem> fixes = new ArrayList<>();
                control.getValue().path("fixes").forEach(f -> fixes.add(planned.get(f.stringValue())));
                fixes.sort(Comparator.comparingInt(PlanItem::order));
                satisfied += fixes.isEmpty() ? 0 : 1;
                List<Map<String, Object>> fixViews = new ArrayList<>();
                fixes.forEach(p -> fixViews.add(Map.of("sep", fixViews.isEmpty() ? "" : ", ", "order", p.order(), "title", p.title())));
                List<String> threats = new ArrayList<>();
                control.getValue().path("threats").forEach(t -> threats.add(t.stringValue()));
                rows.add(Map.of("control", control.getKey(), "fixes", fixViews, "threats", String.join(", ", threats)));
            }
            frameworks.add(Map.of("title", framework.path("title").stringValue(), "controls", rows, "count", rows.size(),
                    "hasControls", !rows.isEmpty(), "satisfied", satisfied));
        }
        return frameworks;
    }
}
