package dev.vigil.analysis;

import java.util.List;

/**
 * What every entry point reaches within the depth limit, 64 entry points at a time: one bit per
 * entry point in a word per element, spread over the links once per link of depth. The report
 * counts every (scenario, target) pair it leaves out, so every pair's reachability is needed; a
 * cheapest-path search per entry point made that entry points × links searches, this makes it
 * entry points / 64 × depth × links word operations. Reached means what {@link PathSearch}
 * reaches: by a path of at most {@code maxDepth} links. Every entry point must be one of the graph's elements.
 */
final class PairReach {

    /** Told, per entry point in order, which elements it reaches. */
    interface Visitor {
        void entry(String entry, Reached reached);
    }

    /** Whether the entry point being visited reaches an element, by its number in the graph. */
    interface Reached {
        boolean test(int element);
    }

    private final AttackGraph graph;
    private final int maxDepth;

    PairReach(AttackGraph graph, int maxDepth) {
        this.graph = graph;
        this.maxDepth = maxDepth;
    }

    void visit(List<String> entries, Visitor visitor) {
        for (int from = 0; from < entries.size(); from += Long.SIZE) {
            List<String> block = entries.subList(from, Math.min(entries.size(), from + Long.SIZE));
            long[] bits = spread(block);
            for (int b = 0; b < block.size(); b++) {
                String entry = block.get(b);
                long bit = 1L << b;
                visitor.entry(entry, i -> (bits[i] & bit) != 0);
            }
        }
    }

    /** Per element, the bits of the block's entry points that reach it within the depth. */
    private long[] spread(List<String> block) {
        long[] reached = new long[graph.size()];
        long[] frontier = new long[graph.size()];
        for (int b = 0; b < block.size(); b++) {
            int i = graph.number(block.get(b));
            reached[i] |= 1L << b;
            frontier[i] |= 1L << b;
        }
        for (int depth = 0; depth < maxDepth; depth++) {
            long[] next = new long[graph.size()];
            boolean any = false;
            for (int u = 0; u < frontier.length; u++) {
                if (frontier[u] != 0) {
                    for (int v : graph.next(u)) {
                        long fresh = frontier[u] & ~reached[v];
                        if (fresh != 0) {
                            next[v] |= fresh;
                            any = true;
                        }
                    }
                }
            }
            if (!any) {
                break;
            }
            for (int v = 0; v < next.length; v++) {
                reached[v] |= next[v];
            }
            frontier = next;
        }
        return reached;
    }
}
