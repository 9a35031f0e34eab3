package dev.vigil.analysis;

import dev.vigil.batch.ModelGenerator;
import dev.vigil.engine.SessionLimits;
import dev.vigil.model.Derived;
import dev.vigil.model.io.Limits;
import dev.vigil.model.io.LoadedModel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The attack-path step alone, by model size: the rules run once per size, then the scenario builder
 * runs with its bounded search and with every entry point searched in full (the reference the tests
 * hold it to), turn about in one JVM, so their ratio holds on a noisy machine. A harness, not a
 * test: run it with bench/paths.sh. Lives beside the builder, which is package-private.
 */
public final class AttackPathBenchmark {

    private AttackPathBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Workspace ws = Workspace.open(List.of(Path.of("rules")), Path.of("knowledge-base"), new Limits(256L << 20, 64, 10_000_000, 1_000_000),
                SessionLimits.DEFAULT, ScenarioLimits.DEFAULT);
        System.out.println("| Components | Links | Entry points | Targets | Every entry point searched | Bounded search | Ratio | Entry points searched | Paths left out |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (String arg : args.length == 0 ? new String[] {"1000", "2000", "4000"} : args) {
            int components = Integer.parseInt(arg);
            String yaml = new ModelGenerator(components, components * 5, Math.max(4, components / 25), 1).generate("large");
            LoadedModel model = ws.loader().parse("large.yaml", yaml.getBytes(StandardCharsets.UTF_8));
            ScenarioInputs inputs = ScenarioInputs.of(ws, model, Severity.MEDIUM);
            long[][] nanos = new long[2][3];
            ScenarioBuilder.Result bounded = null;
            for (int run = -1; run < 3; run++) { // the first run warms up
                for (int prune = 0; prune < 2; prune++) {
                    long t0 = System.nanoTime();
                    ScenarioBuilder.Result r = inputs.build(ScenarioLimits.DEFAULT, prune == 1);
                    if (run >= 0) {
                        nanos[prune][run] = System.nanoTime() - t0;
                    }
                    bounded = prune == 1 ? r : bounded;
                }
            }
            Arrays.sort(nanos[0]);
            Arrays.sort(nanos[1]);
            long entries = inputs.derived().stream().filter(d -> d.kind().equals("entry-point")).map(Derived::subject).distinct().count();
            long targets = inputs.derived().stream().filter(d -> d.kind().equals("attack-target")).map(Derived::subject).distinct().count();
            System.out.printf("| %,d | %,d | %,d | %,d | %.3f s | %.3f s | %.1f× | %,d | %,d |%n", components, inputs.links().size(), entries, targets,
                    nanos[0][1] / 1e9, nanos[1][1] / 1e9, (double) nanos[0][1] / nanos[1][1], bounded.entriesSearched(),
                    bounded.truncated().total());
        }
    }
}
