package dev.vigil.bench;

import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.ScenarioLimits;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.batch.ModelGenerator;
import dev.vigil.engine.SessionLimits;
import dev.vigil.model.io.Limits;
import dev.vigil.model.io.LoadedModel;
import dev.vigil.report.JsonReport;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How analysis time and heap grow with model size: for each number of components (five flows per
 * component, one principal per 25), parse + analyse + JSON report, after one warm-up run; prints the
 * median of three runs and the peak heap of the size. A harness, not a test: run it with
 * bench/large.sh under the heap you want to prove (the script uses 512 MB).
 */
public final class LargeModelBenchmark {

    public static void main(String[] args) throws Exception {
        Workspace ws = Workspace.open(List.of(Path.of("rules")), Path.of("knowledge-base"), new Limits(256L << 20, 64, 10_000_000, 1_000_000),
                SessionLimits.DEFAULT, ScenarioLimits.DEFAULT);
        JsonReport json = new JsonReport(ws.kb());
        if (args.length > 0 && args[0].equals("--phases")) {
            phases(ws, json, java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.out.println("| Components | Flows | Principals | Median analysis (parse + rules + paths + JSON) | Peak heap | Findings | Scenarios | Paths left out |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (String arg : args.length == 0 ? new String[] {"125", "250", "500", "1000"} : args) {
            int components = Integer.parseInt(arg);
            byte[] yaml = freshModel(components);
            Analysis last = run(ws, json, yaml);
            List<Double> seconds = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                last = run(ws, json, yaml);
                seconds.add((System.nanoTime() - t0) / 1e9);
            }
            Collections.sort(seconds);
            System.out.printf("| %,d | %,d | %d | %.2f s | %d MB | %,d | %d | %,d |%n", components, components * 5, Math.max(4, components / 25),
                    seconds.get(1), peakHeapMb(), last.findings().size(), last.scenarios().size(), last.scenariosTruncated().total());
        }
    }

    /** A generated model of the size (five flows per component, one principal per 25), with the heap's peaks reset after a GC. */
    private static byte[] freshModel(int components) {
        byte[] yaml = new ModelGenerator(components, components * 5, Math.max(4, components / 25), 1).generate("large")
                .getBytes(StandardCharsets.UTF_8);
        System.gc();
        resetPeaks();
        return yaml;
    }

    /**
     * Per step: parse, Drools session, scoring and plan, scenario building, JSON report — the median
     * of three of each after a warm-up, so that the step that grows faster than the model shows.
     */
    private static void phases(Workspace ws, JsonReport json, String[] sizes) throws Exception {
        System.out.println("| Components | Parse | Session | Scoring + plan | Scenarios | JSON | Sum | Peak heap | Firings | reach-from-entry firings | Entry points searched for paths |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (String arg : sizes) {
            int components = Integer.parseInt(arg);
            byte[] yaml = freshModel(components);
            Analysis analysis = run(ws, json, yaml);
            long[][] t = new long[5][3];
            dev.vigil.analysis.PhaseTimes.Times last = null;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                LoadedModel model = ws.loader().parse("large.yaml", yaml);
                t[0][i] = System.nanoTime() - t0;
                last = dev.vigil.analysis.PhaseTimes.run(ws.rules(), ws.kb(), model, Severity.MEDIUM);
                t[1][i] = last.session();
                t[2][i] = last.scoring();
                t[3][i] = last.scenarios();
                long t1 = System.nanoTime();
                json.render(analysis);
                t[4][i] = System.nanoTime() - t1;
            }
            double sum = 0;
            StringBuilder row = new StringBuilder(String.format("| %,d |", components));
            for (long[] phase : t) {
                java.util.Arrays.sort(phase);
                sum += phase[1] / 1e9;
                row.append(String.format(" %.3f s |", phase[1] / 1e9));
            }
            System.out.println(row + String.format(" %.2f s | %d MB | %,d | %,d | %,d |", sum, peakHeapMb(), last.firings(), last.reachFirings(),
                    last.entriesSearched()));
        }
    }

    private static Analysis run(Workspace ws, JsonReport json, byte[] yaml) throws Exception {
        LoadedModel model = ws.loader().parse("large.yaml", yaml);
        Analysis a = ws.analyzer().analyze(model, Severity.MEDIUM);
        json.render(a);
        return a;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
