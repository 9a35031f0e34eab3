package dev.vigil.bench;

import dev.vigil.analysis.Analysis;
import dev.vigil.analysis.ScenarioLimits;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.batch.AtomicFiles;
import dev.vigil.batch.ModelGenerator;
import dev.vigil.engine.RuleBaseCache;
import dev.vigil.engine.SessionLimits;
import dev.vigil.model.io.Limits;
import dev.vigil.model.io.LoadedModel;
import dev.vigil.report.JsonReport;
import dev.vigil.report.MarkdownReport;
import tools.jackson.databind.node.ObjectNode;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a batch model's time and allocation go, on one warm thread: parse, analysis, JSON tree,
 * JSON file, Markdown file, for N distinct generated medium models, three rounds (the last are
 * warm); wall time and the thread's CPU time (steadier when the machine is shared). Run it with bench/batch-phases.sh.
 */
public final class BatchPhasesBenchmark {

    private static final String[] PHASES = {"parse", "analysis", "JSON tree", "JSON file", "Markdown file"};

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path dir = Files.createTempDirectory("vigil-phases");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path p = dir.resolve("system-" + i + ".yaml");
            Files.writeString(p, new ModelGenerator(100, 300, 8, i).generate("system-" + i));
            files.add(p);
        }
        String cacheDir = System.getProperty("vigil.ruleCache");
        RuleBaseCache cache = cacheDir == null ? null : new RuleBaseCache(Path.of(cacheDir), System.err::println);
        Workspace ws = Workspace.open(List.of(Path.of("rules")), Path.of("knowledge-base"), cache, Limits.DEFAULT,
                SessionLimits.DEFAULT, ScenarioLimits.DEFAULT);
        JsonReport json = new JsonReport(ws.kb());
        MarkdownReport markdown = new MarkdownReport(json);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long me = Thread.currentThread().getId();
        for (int round = 1; round <= 3; round++) {
            long[] nanos = new long[PHASES.length];
            long[] cpu = new long[PHASES.length];
            long[] bytes = new long[PHASES.length];
            for (Path f : files) {
                long[] t = new long[PHASES.length + 1];
                long[] b = new long[PHASES.length + 1];
                long[] c = new long[PHASES.length + 1];
                t[0] = System.nanoTime();
                c[0] = threads.getCurrentThreadCpuTime();
                b[0] = threads.getThreadAllocatedBytes(me);
                LoadedModel model = ws.loader().load(f);
                t[1] = System.nanoTime();
                c[1] = threads.getCurrentThreadCpuTime();
                b[1] = threads.getThreadAllocatedBytes(me);
                Analysis a = ws.analyzer().analyze(model, Severity.MEDIUM, List.of(), java.time.LocalDate.of(2026, 11, 29));
                t[2] = System.nanoTime();
                c[2] = threads.getCurrentThreadCpuTime();
                b[2] = threads.getThreadAllocatedBytes(me);
                ObjectNode tree = json.build(a);
                t[3] = System.nanoTime();
                c[3] = threads.getCurrentThreadCpuTime();
                b[3] = threads.getThreadAllocatedBytes(me);
                AtomicFiles.write(dir.resolve("out.vigil.json"), o -> JsonReport.write(tree, o));
                t[4] = System.nanoTime();
                c[4] = threads.getCurrentThreadCpuTime();
                b[4] = threads.getThreadAllocatedBytes(me);
                AtomicFiles.write(dir.resolve("out.vigil.md"), o -> markdown.write(a, tree, o));
                t[5] = System.nanoTime();
                c[5] = threads.getCurrentThreadCpuTime();
                b[5] = threads.getThreadAllocatedBytes(me);
                for (int i = 0; i < PHASES.length; i++) {
                    nanos[i] += t[i + 1] - t[i];
                    cpu[i] += c[i + 1] - c[i];
                    bytes[i] += b[i + 1] - b[i];
                }
            }
            StringBuilder line = new StringBuilder("round " + round + ":");
            long total = 0;
            long totalCpu = 0;
            for (int i = 0; i < PHASES.length; i++) {
                line.append(String.format(" %s %.1f ms (CPU %.1f, %.1f MB),", PHASES[i], nanos[i] / 1e6 / n, cpu[i] / 1e6 / n, bytes[i] / 1e6 / n));
                total += nanos[i];
                totalCpu += cpu[i];
            }
            System.out.println(line.append(String.format(" total %.1f ms per model (CPU %.1f)", total / 1e6 / n, totalCpu / 1e6 / n)));
        }
    }
}
