package dev.vigil.report;

import com.github.mustachejava.Mustache;
import dev.vigil.analysis.Analysis;
import tools.jackson.databind.node.ObjectNode;

import java.io.Writer;
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
        TextBuffer out = new TextBuffer();
        render(a, tree, out);
        return out.toString();
    }

    /** Renders as UTF-8 straight into a stream (the report file), without the whole text in memory; the stream is left open. */
    public void write(Analysis a, ObjectNode tree, java.io.OutputStream out) throws java.io.IOException {
        Utf8Writer w = new Utf8Writer(out);
        render(a, tree, w);
        w.flush();
    }

    /** Renders into a writer. */
    private void render(Analysis a, ObjectNode tree, Writer out) {
        Map<String, Object> view = ReportView.of(a, tree);
        view.put("mermaid", new MermaidDiagram(a.source().model(), ReportView.worstSeverityByTarget(a.findings())).render());
        TEMPLATE.execute(new BlankLineCollapser(out), ReportView.scopes(tree, view));
    }
}
