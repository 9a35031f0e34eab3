package dev.vigil.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.vigil.TestWorkspace;
import dev.vigil.analysis.Analysis;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SarifReportTest {

    private static final Schema SARIF = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
            .getSchema(read("src/test/resources/sarif/sarif-2.1.0-rtm.5.json"), InputFormat.JSON);

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void validatesAgainstTheOfficialSchemaAndPointsIntoTheModel() throws Exception {
        SarifReport sarif = new SarifReport(TestWorkspace.get().kb(), TestWorkspace.get().rules());
        try (var examples = Files.list(Path.of("examples"))) {
            for (Path example : examples.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Analysis a = JsonReportTest.analyse(example);
                String text = sarif.render(a);
                List<Error> errors = SARIF.validate(text, InputFormat.JSON);
                assertThat(errors).as(example.toString()).isEmpty();
                assertThat(sarif.render(JsonReportTest.analyse(example))).isEqualTo(text);
                JsonNode run = JsonReport.mapper().readTree(text).path("runs").get(0);
                assertThat(run.path("results").size()).isEqualTo(a.findings().size() + a.questions().size());
                // questions to verify come after the threats, as results for a person to review, never as failures
                for (int i = a.findings().size(); i < run.path("results").size(); i++) {
                    JsonNode q = run.path("results").get(i);
                    assertThat(q.path("kind").asString()).isEqualTo("review");
                    assertThat(q.path("level").asString()).isEqualTo("none");
                    assertThat(q.path("properties").path("status").asString()).isEqualTo("question");
                    assertThat(q.path("message").path("text").asString()).startsWith("To verify: ");
                }
                assertThat(run.path("properties").path("vigilUnknownAs").asString()).isEqualTo("question");
                JsonNode first = run.path("results").get(0);
                String target = a.findings().get(0).target();
                int line = first.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt();
                List<String> lines = Files.readAllLines(example, StandardCharsets.UTF_8);
                assertThat(lines.get(line - 1)).as("result line points at " + target).contains(target);
                assertThat(first.path("partialFingerprints").path("vigilFindingId/v1").asString()).isEqualTo(a.findings().get(0).id());
                JsonNode rule = run.path("tool").path("driver").path("rules").get(first.path("ruleIndex").asInt());
                assertThat(rule.path("id").asString()).isEqualTo(first.path("ruleId").asString());
                assertThat(rule.path("properties").path("tags").toString()).contains("external/cwe/cwe-");
            }
        }
    }

    @Test
    void theSchemaCatchesBrokenSarif() {
        assertThat(SARIF.validate("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}", InputFormat.JSON)).isNotEmpty();
    }
}
