package dev.vigil.ruletest;

import dev.vigil.TestWorkspace;
import dev.vigil.analysis.Workspace;
import dev.vigil.questionnaire.Questionnaire;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every case of every {@code rules/**&#47;*.test.yaml}, one dynamic test each. */
class RuleCasesTest {

    @TestFactory
    List<DynamicTest> ruleCases() throws Exception {
        Workspace ws = TestWorkspace.get();
        RuleCaseLoader loader = new RuleCaseLoader();
        RuleCaseRunner runner = new RuleCaseRunner(ws, Questionnaire.load(TestWorkspace.KNOWLEDGE));
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : loader.findFiles(List.of(TestWorkspace.RULES))) {
            List<RuleCase> cases = new ArrayList<>(loader.load(file));
            cases.add(RuleTestSuite.implicitCase(file));
            for (RuleCase c : cases) {
                tests.add(DynamicTest.dynamicTest(TestWorkspace.RULES.relativize(file) + ": " + c.name(), file.toUri(), () -> {
                    CaseResult result = runner.run(c);
                    Assumptions.assumeFalse(result.status() == CaseResult.Status.SKIPPED, result.report());
                    assertThat(result.status()).as(result.report()).isEqualTo(CaseResult.Status.PASSED);
                }));
            }
        }
        return tests;
    }
}
