package dev.vigil.report;

import com.github.mustachejava.Mustache;
import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Finding;
import dev.vigil.analysis.Scenario;
import dev.vigil.analysis.Step;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report for a decision maker: one self-contained HTML page (inline CSS and SVG, no script, no
 * external file) that opens offline and prints to PDF. It renders the JSON report's tree through
 * an HTML-escaping template; the pictures are SVG built here, with their own escaping.
 */
public final class HtmlReport {

    /** Scenarios drawn step by step with their own diagram; the rest are listed. */
    static final int SCENARIOS_DRAWN = 5;
    private static final Mustache TEMPLATE = HtmlEscaping.factory().compile("report.html.mustache");

    private final JsonReport json;

    public HtmlReport(JsonReport json) {
        this.json = json;
    }

    public String render(Analysis a) {
        return render(a, json.build(a));
    }

    /** Renders from a JSON tree already built for this analysis. */
    @SuppressWarnings("unchecked")
    public String render(Analysis a, ObjectNode tree) {
        Map<String, Object> view = ReportView.of(a, tree);
        List<NodeScope> findings = (List<NodeScope>) view.get("findings");
        List<NodeScope> scenarios = (List<NodeScope>) view.get("scenarios");
        DiagramSvg diagram = new DiagramSvg(a.source().model(), ReportView.worstSeverityByTarget(a.findings()));
        view.put("diagram", diagram.render());
        List<Finding> active = a.findings().stream().filter(f -> !a.acceptances().isAccepted(f.id())).toList();
        view.put("matrixNow", RiskMatrixSvg.render("Now", active.stream().map(f -> new int[]{f.risk().likelihood(), f.risk().impact()}).toList()));
        view.put("matrixAfter", RiskMatrixSvg.render("After the fix plan",
                active.stream().map(f -> new int[]{f.residual().likelihood(), f.residual().impact()}).toList()));
        int drawn = Math.min(SCENARIOS_DRAWN, scenarios.size());
        for (int i = 0; i < drawn; i++) {
            scenarios.get(i).extra().put("pathSvg", pathDiagram(diagram, a.scenarios().get(i)));
        }
        scenarios.forEach(s -> s.extra().put("stepCount", s.node().path("steps").size()));
        view.put("drawnScenarios", scenarios.subList(0, drawn));
        view.put("listedScenarios", scenarios.subList(drawn, scenarios.size()));
        view.put("hasListed", scenarios.size() > drawn);
        List<NodeScope> accepted = findings.stream().filter(f -> f.node().hasNonNull("accepted")).toList();
        view.put("acceptedFindings", accepted);
        view.put("hasAccepted", !accepted.isEmpty());
        TextBuffer out = new TextBuffer();
        TEMPLATE.execute(out, ReportView.scopes(tree, view));
        return out.toString();
    }

    /** The diagram with the scenario's elements highlighted; people and suppliers on the path get boxes of their own. */
    private static String pathDiagram(DiagramSvg diagram, Scenario s) {
        List<String> path = new ArrayList<>();
        Map<String, String> outside = new LinkedHashMap<>();
        for (Step step : s.steps()) {
            path.add(step.element());
            if (!step.elementKind().equals("component")) {
                outside.putIfAbsent(step.element(), step.element() + " (" + step.elementKind() + ")");
            }
        }
        return diagram.render(path, new ArrayList<>(outside.entrySet()));
    }
}
