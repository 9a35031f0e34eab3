package dev.vigil.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.vigil.TestWorkspace;
import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReportTest {

    private static final Path SCHEMA = Path.of("docs/schema/report.schema.json");

    static Analysis analyse(Path model) throws Exception {
        Workspace ws = TestWorkspace.get();
        return ws.analyzer().analyze(ws.loader().load(model), Severity.MEDIUM);
    }

    @Test
    void reportsValidateAgainstTheSchemaAndAreDeterministic() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
        JsonReport json = new JsonReport(TestWorkspace.get().kb());
        try (var examples = Files.list(Path.of("examples"))) {
            for (Path example : examples.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String first = json.render(analyse(example));
                List<Error> errors = schema.validate(first, InputFormat.JSON);
                assertThat(errors).as(example.toString()).isEmpty();
                for (int run = 2; run <= 10; run++) {
                    assertThat(json.render(analyse(example))).as("run " + run + " of " + example).isEqualTo(first);
                }
            }
        }
    }

    @Test
    void everyFindingCarriesEvidenceAndRiskReasons() throws Exception {
        Analysis a = analyse(Path.of("examples/shop.yaml"));
        assertThat(a.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.evidence()).isNotNull();
            assertThat(f.evidence().matched()).isNotEmpty();
            assertThat(f.factors()).extracting(x -> x.reason()).doesNotContainNull();
            assertThat(f.residual().score()).isLessThanOrEqualTo(f.risk().score());
        });
        assertThat(a.scenarios()).isNotEmpty().allSatisfy(s -> assertThat(s.steps()).hasSizeGreaterThanOrEqualTo(2));
    }
}
