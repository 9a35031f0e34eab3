package dev.vigil.report;

import dev.vigil.TestWorkspace;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.engine.RuleBaseCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line runs the bundled rules compiled to the executable model and cached; every
 * other path compiles DRL. Both must say the same thing, byte for byte, on every example and
 * every ground-truth system — read back from the cache as the first run, which compiled it, ran it.
 */
class CachedRuleBaseTest {

    @TempDir
    Path cacheDir;

    @Test
    void aCachedRuleBaseGivesTheReportsOfAFreshCompile() throws Exception {
        List<String> warnings = new ArrayList<>();
        // without the seed `mvn package` builds into the jar: this test compiles, whatever ran before it
        RuleBaseCache cache = new RuleBaseCache(cacheDir, warnings::add).withoutSeeds();
        Workspace fresh = TestWorkspace.get();
        open(cache); // compiles and stores; it runs what it stored, as read back below
        Workspace read = open(cache);
        assertThat(cache.hits()).as("the second open reads the entry the first wrote").isEqualTo(1);
        assertThat(warnings).isEmpty();
        assertThat(read.rules().rules()).isEqualTo(fresh.rules().rules());
        assertThat(read.rules().version()).isEqualTo(fresh.rules().version());

        JsonReport json = new JsonReport(fresh.kb());
        List<Path> models = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of("examples")); Stream<Path> systems = Files.list(Path.of("src/test/resources/systems"))) {
            Stream.concat(examples, systems).filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(".expect.yaml"))
                    .sorted().forEach(models::add);
        }
        assertThat(models).hasSizeGreaterThan(15);
        for (Path model : models) {
            String expected = json.render(fresh.analyzer().analyze(fresh.loader().load(model), Severity.MEDIUM));
            assertThat(json.render(read.analyzer().analyze(read.loader().load(model), Severity.MEDIUM))).as(model + " (from the cache)").isEqualTo(expected);
        }
        collectingRulesFireOnce(fresh);
        collectingRulesFireOnce(read);
    }

    /**
     * The rules that collect facts into one (the link graph, what each kind of entry point reaches,
     * what the unwatched internet-facing ones reach) must fire after their inputs have all arrived,
     * or they fire again for each one that arrives, each time a pass over the whole graph. What decides it is their place among the rules of
     * equal priority (see rules/_derived/exposure.drl), so check it under both compilers.
     */
    private static void collectingRulesFireOnce(Workspace ws) throws Exception {
        byte[] yaml = new dev.vigil.batch.ModelGenerator(300, 1500, 12, 1).generate("large").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.Map<String, Integer> firings = ws.analyzer().analyze(ws.loader().parse("large.yaml", yaml), Severity.MEDIUM)
                .session().firingsByRule();
        assertThat(firings.get("link-graph")).as("link-graph firings").isEqualTo(1);
        assertThat(firings.get("reach-from-kind")).as("reach-from-kind firings (one per kind)").isEqualTo(2);
        assertThat(firings.get("reach-from-unwatched")).as("reach-from-unwatched firings").isEqualTo(1);
    }

    private static Workspace open(RuleBaseCache cache) throws Exception {
        return Workspace.open(List.of(TestWorkspace.RULES), TestWorkspace.KNOWLEDGE, cache, dev.vigil.model.io.Limits.DEFAULT,
                dev.vigil.engine.SessionLimits.DEFAULT, dev.vigil.analysis.ScenarioLimits.DEFAULT);
    }
}
