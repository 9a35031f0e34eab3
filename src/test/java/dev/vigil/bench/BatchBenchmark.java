package dev.vigil.bench;

import dev.vigil.analysis.ScenarioLimits;
import dev.vigil.analysis.Severity;
import dev.vigil.analysis.Workspace;
import dev.vigil.batch.BatchInputs;
import dev.vigil.batch.BatchRunner;
import dev.vigil.batch.ModelGenerator;
import dev.vigil.batch.Progress;
import dev.vigil.engine.RuleBaseCache;
import dev.vigil.engine.SessionLimits;
import dev.vigil.model.io.Limits;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A portfolio batch: N generated medium models (100 components, 300 flows), analysed with reports
 * written, on T threads; a warm-up batch first (default a tenth of N, 50 to 500 models). Prints models/s over the whole batch
 * and over its second half and each tenth (the rate climbs while the JIT still compiles Drools' generated classes), the per-model cost of parsing alone
 * next to the full analysis, and peak heap. Run it with bench/batch.sh.
 */
public final class BatchBenchmark {

    public static void main(String[] args) throws Exception {
        int models = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        // the JIT compiles Drools' generated classes for a long while: "warm" means after it settles
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : Math.min(500, Math.max(50, models / 10));
        Path root = Files.createTempDirectory("vigil-batch-bench");
        Path in = Files.createDirectories(root.resolve("models"));
        for (int i = 0; i < models; i++) {
            String name = String.format("system-%05d", i);
            Files.writeString(in.resolve(name + ".yaml"), new ModelGenerator(100, 300, 8, i).generate(name));
        }
        // -Dvigil.ruleCache=DIR: the executable-model rule base the command line runs, else DRL compiled in memory
        String cacheDir = System.getProperty("vigil.ruleCache");
        RuleBaseCache cache = cacheDir == null ? null : new RuleBaseCache(Path.of(cacheDir), System.err::println);
        Workspace ws = Workspace.open(List.of(Path.of("rules")), Path.of("knowledge-base"), cache, Limits.DEFAULT,
                SessionLimits.DEFAULT, ScenarioLimits.DEFAULT);
        var inputs = BatchInputs.of(in);
        Progress quiet = new Progress(new PrintWriter(new StringWriter()), Progress.Mode.QUIET, inputs.size());
        new BatchRunner(ws, Severity.MEDIUM, root.resolve("warmup"), threads, false).run(inputs.subList(0, Math.min(warmup, models)), quiet);
        long t0 = System.nanoTime();
        for (var input : inputs) {
            ws.loader().load(input.file());
        }
        double parseMs = (System.nanoTime() - t0) / 1e6 / models;
        long[] finishedAt = new long[models];
        long[] cpuAt = new long[models];
        Progress ticks = new Progress(new PrintWriter(new FinishTimes(finishedAt, cpuAt)), Progress.Mode.PLAIN, models);
        long cpu0 = CPU.getProcessCpuTime();
        long t1 = System.nanoTime();
        var outcomes = new BatchRunner(ws, Severity.MEDIUM, root.resolve("out"), threads, false).run(inputs, ticks);
        double seconds = (System.nanoTime() - t1) / 1e9;
        int half = models / 2;
        double warmRate = (models - half) / ((finishedAt[models - 1] - finishedAt[half - 1]) / 1e9);
        double cpuMs = (CPU.getProcessCpuTime() - cpu0) / 1e6 / models;
        double warmCpuMs = (cpuAt[models - 1] - cpuAt[half - 1]) / 1e6 / (models - half);
        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%d models (100 components, 300 flows), %d threads: %.1f s, %.1f models/s, %d failed%n",
                models, threads, seconds, models / seconds, failed);
        System.out.printf("second half of the batch: %.1f models/s; by tenth:", warmRate);
        for (int tenth = 0; tenth < 10 && models >= 10; tenth++) {
            int from = tenth * models / 10;
            int to = (tenth + 1) * models / 10 - 1;
            long start = from == 0 ? t1 : finishedAt[from - 1];
            System.out.printf(" %.0f", (to - from + 1) / ((finishedAt[to] - start) / 1e9));
        }
        System.out.println(" models/s");
        System.out.printf("process CPU per model (all threads: batch, GC, JIT): %.1f ms over the batch, %.1f ms over its second half"
                + " (%d cores: 100 models/s needs at most %.1f ms)%n", cpuMs, warmCpuMs, CORES, CORES * 10.0);
        System.out.printf("per model: parse + validate %.1f ms (one thread), full analysis with reports %.1f ms (wall, %d threads)%n",
                parseMs, seconds * 1000 / models, threads);
        deleteTree(root);
        System.out.printf("peak heap (sum of pools): %.0f MB, max heap %d MB%n", peak / 1e6, Runtime.getRuntime().maxMemory() / 1_000_000);
    }

    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    /** Notes when each model finishes, and the process CPU time then: the plain progress output writes one line per model. */
    private static final class FinishTimes extends java.io.Writer {
        private final long[] at;
        private final long[] cpuAt;
        private int n;

        FinishTimes(long[] at, long[] cpuAt) {
            this.at = at;
            this.cpuAt = cpuAt;
        }

        @Override
        public void write(char[] chars, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (chars[i] == '\n' && n < at.length) {
                    cpuAt[n] = CPU.getProcessCpuTime();
                    at[n++] = System.nanoTime();
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
