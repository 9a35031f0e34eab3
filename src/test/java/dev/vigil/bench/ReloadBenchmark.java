package dev.vigil.bench;

import dev.vigil.engine.RuleBaseHolder;
import dev.vigil.engine.RuleBaseLoader;
import dev.vigil.knowledge.KnowledgeBase;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reloads the full bundled rule base (catalogs and rules) N times through {@link RuleBaseHolder}
 * and reports the reload time and how heap and metaspace (after a full GC) grow between reload 10
 * (the warmed-up baseline) and the last one. Exits 1 when either grows by more than 10%.
 * Run it with bench/reload.sh.
 */
public final class ReloadBenchmark {

    public static void main(String[] args) throws Exception {
        int reloads = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path rules = Path.of("rules");
        Path knowledge = Path.of("knowledge-base");
        List<Double> seconds = new ArrayList<>();
        long[] baseline = null;
        try (RuleBaseHolder holder = new RuleBaseHolder(() -> new RuleBaseLoader(KnowledgeBase.load(knowledge)).load(List.of(rules), knowledge))) {
            for (int i = 1; i <= reloads; i++) {
                long t0 = System.nanoTime();
                RuleBaseHolder.Reload r = holder.reloadAsync().get();
                seconds.add((System.nanoTime() - t0) / 1e9);
                if (!r.swapped()) {
                    throw new IllegalStateException("reload failed: " + r.errors());
                }
                if (i == Math.min(10, reloads)) {
                    baseline = memory();
                }
            }
        }
        long[] end = memory();
        List<Double> sorted = new ArrayList<>(seconds.subList(Math.min(10, seconds.size() - 1), seconds.size()));
        Collections.sort(sorted);
        double heapGrowth = 100.0 * (end[0] - baseline[0]) / baseline[0];
        double metaGrowth = 100.0 * (end[1] - baseline[1]) / baseline[1];
        System.out.printf("reloads: %d; first %.2f s; after warm-up median %.2f s, min %.2f s, max %.2f s%n", reloads,
                seconds.get(0), sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
        System.out.printf("heap after GC: %.1f MB at reload 10 → %.1f MB at reload %d (%+.1f%%)%n", baseline[0] / 1e6, end[0] / 1e6, reloads, heapGrowth);
        System.out.printf("metaspace: %.1f MB at reload 10 → %.1f MB at reload %d (%+.1f%%)%n", baseline[1] / 1e6, end[1] / 1e6, reloads, metaGrowth);
        if (heapGrowth > 10 || metaGrowth > 10) {
            System.out.println("FAIL: growth above 10%");
            System.exit(1);
        }
    }

    private static long[] memory() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long meta = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getName().equals("Metaspace"))
                .mapToLong(p -> p.getUsage().getUsed()).sum();
        return new long[] {heap, meta};
    }

}
