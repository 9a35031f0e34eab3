package dev.vigil.report;

import com.github.mustachejava.Mustache;
import dev.vigil.analysis.Analysis;
import tools.jackson.databind.node.ObjectNode;

import java.io.StringWriter;
import java.util.Map;

/** The Markdown report: the JSON report's tree rendered through an escaping template. */
public final class MarkdownReport {

    private static final Mustache TEMPLATE = MarkdownEscaping.factory().compile("report.md.mustache");

    private final JsonReport json;

    public MarkdownReport(JsonReport json) {
        this.json = json;
    }

    public String render(Analysis a) {
        return render(a, json.build(a));
    }

    /** Renders from a JSON tree already built for this analysis (saves building it twice). */
    public String render(Analysis a, ObjectNode tree) {
        Map<String, Object> view = ReportView.of(a, tree);
        view.put("mermaid", new MermaidDiagram(a.source().model(), ReportView.worstSeverityByTarget(a.findings())).render());
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
}
