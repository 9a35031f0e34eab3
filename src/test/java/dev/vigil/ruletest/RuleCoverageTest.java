package dev.vigil.ruletest;

import dev.vigil.TestWorkspace;
import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.engine.RuleInfo;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule is tested both ways, in the test file beside it; an empty model raises nothing. */
class RuleCoverageTest {

    @Test
    void everyRuleHasAFiringAndASilentCaseBesideIt() throws Exception {
        Workspace ws = TestWorkspace.get();
        RuleCaseLoader loader = new RuleCaseLoader();
        List<String> gaps = new ArrayList<>();
        for (RuleInfo rule : ws.rules().rules()) {
            Path test = Path.of(rule.file().replaceFirst("\\.drl(\\.csv|\\.xlsx)?$", ".test.yaml"));
            if (!Files.exists(test)) {
                gaps.add(rule.id() + ": no test file " + test + " beside " + rule.file());
                continue;
            }
            List<RuleCase> cases = loader.load(test);
            boolean fires = cases.stream().anyMatch(c -> c.todo() == null
                    && c.expect().stream().anyMatch(e -> e.rule().equals(rule.id()) && e.target() != null));
            boolean silent = cases.stream().anyMatch(c -> c.todo() == null
                    && c.expectNone().stream().anyMatch(e -> e.rule().equals(rule.id())));
            if (!fires) {
                gaps.add(rule.id() + " (" + rule.location() + "): no case in " + test + " expects it to fire on a target");
            }
            if (!silent) {
                gaps.add(rule.id() + " (" + rule.location() + "): no case in " + test + " expects it to stay silent");
            }
        }
        assertThat(gaps).as(String.join("\n", gaps)).isEmpty();
        assertThat(ws.rules().rules()).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void anEmptyModelRaisesNothing() throws Exception {
        Workspace ws = TestWorkspace.get();
        var model = ws.loader().parse("empty.yaml", "system: {id: e, name: Empty}\n".getBytes(StandardCharsets.UTF_8));
        Analysis a = ws.analyzer().analyze(model, Severity.MEDIUM);
        assertThat(a.findings()).isEmpty();
        assertThat(a.scenarios()).isEmpty();
        assertThat(a.plan().items()).isEmpty();
    }
}
