package dev.vigil.bench;

import dev.vigil.analysis.ScenarioLimits;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.engine.SessionLimits;
import dev.vigil.model.io.Limits;
import dev.vigil.model.io.LoadedModel;
import dev.vigil.report.JsonReport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Analyses per second on one thread, for a medium synthetic model (default 100 components,
 * 300 flows), including the JSON report. A harness, not a test: run it with bench/throughput.sh.
 * Prints the rule-base compile time too, measured in the same JVM.
 */
public final class ThroughputBenchmark {

    public static void main(String[] args) throws Exception {
        int components = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int flows = args.length > 1 ? Integer.parseInt(args[1]) : components * 3;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        long t0 = System.nanoTime();
        Workspace ws = Workspace.open(List.of(Path.of("rules")), Path.of("knowledge-base"), Limits.DEFAULT,
                SessionLimits.DEFAULT, ScenarioLimits.DEFAULT);
        System.out.printf("rule base: %d rules compiled in %.2f s%n", ws.rules().rules().size(), (System.nanoTime() - t0) / 1e9);
        LoadedModel model = ws.loader().parse("synthetic.yaml",
                new dev.vigil.batch.ModelGenerator(components, flows, 8, 1).generate("synthetic").getBytes(StandardCharsets.UTF_8));
        JsonReport json = new JsonReport(ws.kb());
        int findings = ws.analyzer().analyze(model, Severity.MEDIUM).findings().size();
        System.out.printf("model: %d components, %d flows, %d findings%n", components, flows, findings);
        long warmupEnd = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmupEnd) {
            json.render(ws.analyzer().analyze(model, Severity.MEDIUM));
        }
        List<Double> perRound = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            int n = 0;
            while (System.nanoTime() - start < 1_000_000_000L) {
                json.render(ws.analyzer().analyze(model, Severity.MEDIUM));
                n++;
            }
            perRound.add(n / ((System.nanoTime() - start) / 1e9));
        }
        Collections.sort(perRound);
        System.out.printf("analyses/s (1 thread, with JSON report): median %.1f, min %.1f, max %.1f over %d one-second rounds%n",
                perRound.get(perRound.size() / 2), perRound.get(0), perRound.get(perRound.size() - 1), perRound.size());
    }
}
