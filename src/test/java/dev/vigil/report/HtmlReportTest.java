package dev.vigil.report;

import dev.vigil.TestWorkspace;
import dev.vigil.analysis.Analysis;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML report without a browser: complete, self-contained, escaped and the same every time. */
class HtmlReportTest {

    private final HtmlReport html = new HtmlReport(new JsonReport(TestWorkspace.get().kb()));

    @Test
    void everyExampleHasItsDiagramMatrixScenariosPlanComplianceAndAppendix() throws Exception {
        for (Path example : examples()) {
            Analysis a = JsonReportTest.analyse(example);
            String page = html.render(a);
            String diagram = section(page, "diagram");
            assertThat(count(diagram, "<g class=\"node ")).as(example + ": one node per component").isEqualTo(a.source().model().components().size());
            assertThat(count(diagram, "<g class=\"flow")).as(example + ": one arrow per flow").isEqualTo(a.source().model().flows().size());
            assertThat(count(page, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"matrix\"")).isEqualTo(2);
            assertThat(count(section(page, "scenarios"), "class=\"dfd path\"")).isEqualTo(Math.min(HtmlReport.SCENARIOS_DRAWN, a.scenarios().size()));
            assertThat(count(section(page, "appendix"), "<div class=\"finding\"")).isEqualTo(a.findings().size());
            assertThat(section(page, "compliance")).contains("NIST SP 800-53", "ISO/IEC 27001", "PCI DSS", "SOC 2");
            assertThat(page).contains("@media print", "@page").contains(a.plan().items().isEmpty() ? "" : a.plan().items().get(0).title());
            assertThat(page).as("opens offline: nothing is fetched").doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("<script", "<link");
            assertThat(html.render(a)).as("deterministic").isEqualTo(page);
        }
    }

    @Test
    void namesFromTheModelNeverBecomeMarkup() throws Exception {
        for (String file : List.of("inject-script.yaml", "inject-markdown-link.yaml", "inject-ansi-escape.yaml", "inject-csv-formula.yaml")) {
            Analysis a = JsonReportTest.analyse(Path.of("src/test/resources/hostile", file));
            String page = html.render(a);
            assertThat(page).as(file).doesNotContain("<script", "<img", "\u001b"); // "onerror=" may stay, as text between tags
            if (file.equals("inject-script.yaml")) {
                assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            }
        }
    }

    private static List<Path> examples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static String section(String page, String id) {
        int start = page.indexOf("<section id=\"" + id + "\"");
        assertThat(start).as("section " + id).isGreaterThanOrEqualTo(0);
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
