package dev.vigil.ruletest;

import dev.vigil.TestWorkspace;
import dev.vigil.analysis.Analyzer;
import dev.vigil.analysis.ScenarioLimits;
import dev.vigil.engine.RuleBase;
import dev.vigil.engine.RuleBaseLoader;
import dev.vigil.engine.SessionLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The starter in rules/_template compiles beside the bundled rules and its cases pass, so a copy starts green. */
class TemplateTest {

    @TempDir
    Path dir;

    @Test
    void theTemplateIsAValidRuleWithPassingCases() throws Exception {
        Path family = Files.createDirectories(dir.resolve("family"));
        for (String f : List.of("topic.drl", "topic.test.yaml")) {
            Files.copy(TestWorkspace.RULES.resolve("_template").resolve(f), family.resolve(f));
        }
        RuleBase rb = new RuleBaseLoader(TestWorkspace.get().kb()).load(List.of(TestWorkspace.RULES, dir), TestWorkspace.KNOWLEDGE);
        assertThat(rb.rule("family-topic-what")).isNotNull();
        assertThat(TestWorkspace.get().rules().rule("family-topic-what")).as("templates are not loaded from rules/").isNull();
        RuleCaseRunner runner = new RuleCaseRunner(new Analyzer(rb, TestWorkspace.get().kb(), SessionLimits.DEFAULT,
                ScenarioLimits.DEFAULT), TestWorkspace.get().loader());
        for (RuleCase c : new RuleCaseLoader().load(family.resolve("topic.test.yaml"))) {
            CaseResult r = runner.run(c);
            assertThat(r.status()).as(r.report()).isEqualTo(CaseResult.Status.PASSED);
        }
    }
}
