package dev.vigil.report;

import com.github.mustachejava.Mustache;
import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Finding;
import tools.jackson.databind.node.ObjectNode;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Markdown report: the JSON report's tree rendered through an escaping template. */
public final class MarkdownReport {

    private static final Mustache TEMPLATE = new MarkdownEscaping().compile("report.md.mustache");

    private final JsonReport json;

    public MarkdownReport(JsonReport json) {
        this.json = json;
    }

    public String render(Analysis a) {
        return render(a, json.build(a));
    }

    /** Renders from a JSON tree already built for this analysis (saves building it twice). */
    @SuppressWarnings("unchecked")
    public String render(Analysis a, ObjectNode tree) {
        Map<String, Object> view = JsonReport.MAPPER.convertValue(tree, Map.class);
        number((List<Map<String, Object>>) view.get("findings"), "rank");
        number((List<Map<String, Object>>) view.get("scenarios"), "rank");
        view.put("mermaid", new MermaidDiagram(a.source().model(), worstSeverityByTarget(a.findings())).render());
        view.put("complianceRows", complianceRows((Map<String, Map<String, List<String>>>) view.get("compliance")));
        view.put("hasExceeding", !a.plan().stillExceeding().isEmpty());
        view.put("hasInScope", !a.source().model().system().inScope().isEmpty());
        view.put("hasOutOfScope", !a.source().model().system().outOfScope().isEmpty());
        view.put("hasTruncated", a.scenariosTruncated() > 0);
        view.put("hasNotApplicable", !a.notApplicable().applied().isEmpty() || !a.notApplicable().unmatched().isEmpty());
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, view);
        return collapseBlankLines(out.toString());
    }

    /** At most one blank line in a row (the template's sections leave more); indexOf, not a regex, for batch speed. */
    static String collapseBlankLines(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int from = 0;
        for (int run = text.indexOf("\n\n\n"); run >= 0; run = text.indexOf("\n\n\n", from)) {
            b.append(text, from, run + 2);
            from = run + 2;
            while (from < text.length() && text.charAt(from) == '\n') {
                from++;
            }
        }
        return b.append(text, from, text.length()).toString();
    }

    private static void number(List<Map<String, Object>> items, String key) {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).put(key, i + 1);
        }
    }

    private static Map<String, String> worstSeverityByTarget(List<Finding> findings) {
        Map<String, String> worst = new HashMap<>();
        findings.forEach(f -> worst.putIfAbsent(f.target(), f.risk().severity().label()));
        return worst;
    }

    private static List<Map<String, String>> complianceRows(Map<String, Map<String, List<String>>> compliance) {
        Map<String, String> names = Map.of("iso27001", "ISO/IEC 27001:2022 Annex A", "nist80053", "NIST SP 800-53 rev5",
                "pciDss", "PCI DSS v4.0");
        List<Map<String, String>> rows = new ArrayList<>();
        compliance.forEach((framework, controls) -> controls.forEach((control, mitigations) ->
                rows.add(Map.of("framework", names.getOrDefault(framework, framework), "control", control,
                        "mitigations", String.join(", ", mitigations)))));
        return rows;
    }
}
