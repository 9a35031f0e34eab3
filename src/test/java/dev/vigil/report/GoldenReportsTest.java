package dev.vigil.report;

import dev.vigil.TestWorkspace;
import dev.vigil.analysis.Analysis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples' reports, compared byte for byte with the reviewed copies in
 * src/test/resources/golden. After an intended change, regenerate them with
 * {@code mvn test -Dtest=GoldenReportsTest -Dvigil.updateGolden=true} and review the diff.
 */
class GoldenReportsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TestFactory
    List<DynamicTest> examplesMatchTheirGoldenReports() throws Exception {
        JsonReport json = new JsonReport(TestWorkspace.get().kb());
        MarkdownReport md = new MarkdownReport(json);
        List<DynamicTest> tests = new ArrayList<>();
        try (var examples = Files.list(Path.of("examples"))) {
            for (Path example : examples.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String name = example.getFileName().toString().replace(".yaml", "");
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Analysis a = JsonReportTest.analyse(example);
                    compare(GOLDEN.resolve(name + ".vigil.json"), json.render(a));
                    compare(GOLDEN.resolve(name + ".vigil.md"), md.render(a));
                }));
            }
        }
        return tests;
    }

    private static void compare(Path golden, String actual) throws Exception {
        if (Boolean.getBoolean("vigil.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual);
        }
        assertThat(golden).as("golden file (regenerate with -Dvigil.updateGolden=true)").exists();
        assertThat(actual).as("report differs from " + golden + "; regenerate with -Dvigil.updateGolden=true and review the diff")
                .isEqualTo(Files.readString(golden));
    }
}
