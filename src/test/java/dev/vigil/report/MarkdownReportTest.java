package dev.vigil.report;

import dev.vigil.TestWorkspace;
import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReportTest {

    private static final String HOSTILE = """
            system: {id: s, name: "<script>alert(1)</script> | *bold* [link](http://x)", purpose: "line1\\nline2"}
            zones: [{id: z, name: "Zone\\"]; end; click z call evil()", kind: internal}]
            components:
              - {id: app, name: "```\\n# Injected heading", type: web-application, zone: z, exposure: internet}
            principals: [{id: p, name: "a|b", kind: admin}]
            access: [{principal: p, component: app, privilege: admin, path: internet}]
            """;

    private static String render() throws Exception {
        Workspace ws = TestWorkspace.get();
        Analysis a = ws.analyzer().analyze(ws.loader().parse("hostile.yaml", HOSTILE.getBytes(StandardCharsets.UTF_8)), Severity.MEDIUM);
        return new MarkdownReport(new JsonReport(ws.kb())).render(a);
    }

    @Test
    void namesFromTheModelCannotInjectMarkup() throws Exception {
        String md = render();
        assertThat(md).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*bold\\* \\[link\\](http://x)");
        assertThat(md).doesNotContain("\n# Injected heading");
        assertThat(md.split("```", -1)).as("only the mermaid fence opens and closes").hasSize(3);
        assertThat(md).contains("Zone#quot;]; end; click z call evil()").doesNotContain("Zone\"]");
        assertThat(md).contains("line1 line2");
    }

    @Test
    void containsTheSectionsADecisionMakerNeeds() throws Exception {
        assertThat(render()).contains("## Scope", "## Summary", "## Inventory", "```mermaid", "flowchart LR",
                "## Threats, ranked", "## Attack scenarios", "## Fix plan", "## Compliance: NIST SP 800-53 rev. 5", "## Compliance: SOC 2", "rule base sha256:");
    }
}
