package dev.vigil.batch;

import dev.vigil.analysis.Workspace;
import dev.vigil.report.JsonReport;
import dev.vigil.report.Templates;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The portfolio view of a batch: systems ranked by their worst risk, counts by severity, the most
 * frequent threats, the fixes worth most across systems, and every input that failed. Built from
 * the outcomes only, in a fixed order.
 */
public final class PortfolioSummary {

    private static final int TOP = 15;

    private final Workspace workspace;

    public PortfolioSummary(Workspace workspace) {
        this.workspace = workspace;
    }

    public ObjectNode json(List<ModelOutcome> outcomes) {
        ObjectNode root = JsonReport.mapper().createObjectNode();
        root.set("vigil", JsonReport.producer(workspace.rules().version(), workspace.rules().packs(),
                workspace.analyzer().settings().disabledRules()));
        if (!workspace.analyzer().assumedMitigations().isEmpty()) {
            var assumed = root.putObject("whatIf").putArray("assumedMitigations");
            workspace.analyzer().assumedMitigations().forEach(assumed::add);
        }
        root.put("unknownAs", workspace.analyzer().unknownAsRisky() ? "risky" : "question");
        List<ModelOutcome> ok = outcomes.stream().filter(ModelOutcome::ok).toList();
        root.put("models", outcomes.size());
        root.put("analysed", ok.size());
        root.put("failed", outcomes.size() - ok.size());
        Map<String, Integer> totals = new TreeMap<>();
        ok.forEach(o -> o.bySeverity().forEach((k, v) -> totals.merge(k, v, Integer::sum)));
        ObjectNode bySeverity = root.putObject("bySeverity");
        for (String s : List.of("critical", "high", "medium", "low")) {
            bySeverity.put(s, totals.getOrDefault(s, 0));
        }
        ArrayNode systems = root.putArray("systems");
        ok.stream().sorted(Comparator.comparingInt((ModelOutcome o) -> -o.worstScore()).thenComparing(ModelOutcome::input))
                .forEach(o -> system(systems.addObject(), o));
        threats(root.putArray("topThreats"), ok);
        fixes(root.putArray("topFixes"), ok);
        ArrayNode failures = root.putArray("failures");
        outcomes.stream().filter(o -> !o.ok()).forEach(o -> failures.addObject().put("input", o.input())
                .put("status", o.status()).put("error", o.error()));
        return root;
    }

    @SuppressWarnings("unchecked")
    public String markdown(ObjectNode json) {
        Map<String, Object> view = JsonReport.mapper().convertValue(json, Map.class);
        view.put("hasFailures", json.path("failed").asInt() > 0);
        view.put("isRisky", "risky".equals(json.path("unknownAs").asString("")));
        return Templates.markdown("portfolio.md.mustache", view);
    }

    /** Systems drawn in the HTML heatmap; the JSON summary has them all. */
    static final int HTML_SYSTEMS = 200;

    /** The summary as one HTML page: systems ranked with a severity heatmap, common threats, fixes of most value. */
    @SuppressWarnings("unchecked")
    public String html(ObjectNode json) {
        Map<String, Object> view = JsonReport.mapper().convertValue(json, Map.class);
        List<Map<String, Object>> systems = (List<Map<String, Object>>) view.get("systems");
        int[] most = new int[4];
        List<String> severities = List.of("critical", "high", "medium", "low");
        systems.forEach(s -> {
            Map<String, Integer> counts = (Map<String, Integer>) s.get("bySeverity");
            for (int i = 0; i < 4; i++) {
                most[i] = Math.max(most[i], counts.get(severities.get(i)));
            }
        });
        List<Map<String, Object>> shown = systems.subList(0, Math.min(HTML_SYSTEMS, systems.size()));
        for (int r = 0; r < shown.size(); r++) {
            Map<String, Object> s = shown.get(r);
            Map<String, Integer> counts = (Map<String, Integer>) s.get("bySeverity");
            List<Map<String, Object>> heat = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int n = counts.get(severities.get(i));
                heat.add(Map.of("count", n, "level", n == 0 ? 0 : (4 * n + most[i] - 1) / most[i])); // 1–4: quarters of the column's largest count
            }
            s.put("heat", heat);
            s.put("rank", r + 1);
        }
        view.put("systems", shown);
        view.put("moreSystems", systems.size() > shown.size() ? systems.size() - shown.size() : null);
        view.put("hasFailures", json.path("failed").asInt() > 0);
        view.put("isRisky", "risky".equals(json.path("unknownAs").asString("")));
        return Templates.html("portfolio.html.mustache", view);
    }

    private static void system(ObjectNode n, ModelOutcome o) {
        n.put("input", o.input());
        n.put("id", o.systemId());
        n.put("name", o.systemName());
        n.put("worstScore", o.worstScore());
        n.put("worstSeverity", o.worstSeverity() == null ? "none" : o.worstSeverity());
        n.put("findings", o.bySeverity().values().stream().mapToInt(Integer::intValue).sum());
        n.put("questions", o.questions());
        ObjectNode counts = n.putObject("bySeverity");
        for (String s : List.of("critical", "high", "medium", "low")) {
            counts.put(s, o.bySeverity().getOrDefault(s, 0));
        }
    }

    private void threats(ArrayNode out, List<ModelOutcome> ok) {
        Map<String, Integer> systemsPerThreat = new TreeMap<>();
        ok.forEach(o -> o.threats().forEach(t -> systemsPerThreat.merge(t, 1, Integer::sum)));
        systemsPerThreat.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).forEach(e -> out.addObject().put("threat", e.getKey())
                        .put("title", workspace.kb().threat(e.getKey()) == null ? e.getKey() : workspace.kb().threat(e.getKey()).title())
                        .put("systems", e.getValue()));
    }

    private void fixes(ArrayNode out, List<ModelOutcome> ok) {
        Map<String, int[]> byFix = new TreeMap<>();
        ok.forEach(o -> o.fixes().forEach((m, reduction) -> {
            int[] acc = byFix.computeIfAbsent(m, k -> new int[2]);
            acc[0] += reduction;
            acc[1]++;
        }));
        byFix.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .limit(TOP).forEach(e -> out.addObject().put("mitigation", e.getKey())
                        .put("title", workspace.kb().mitigation(e.getKey()) == null ? e.getKey() : workspace.kb().mitigation(e.getKey()).title())
                        .put("riskReduction", e.getValue()[0]).put("systems", e.getValue()[1]));
    }
}
