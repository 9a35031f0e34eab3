package dev.vigil.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The best score each entry point's paths can reach, without searching them: its highest starting
 * likelihood, less what the cheapest way to a target of each impact must cost. A path of weight w
 * (2 per guard, 1 per component entered) loses at least (w − 1) / 2 likelihood: 1 per guard and 1
 * per two hops beyond the first. The weights come from one backward search per impact level, so
 * the bounds cost a few searches, not one per entry point.
 */
final class PathBounds {

    /** An entry point, its highest starting likelihood, the best score its paths can have, and the first id they can have. */
    record Bound(String entry, int likelihood, int score, String firstId) {

        /** Whether none of its paths can rank above this candidate. */
        boolean cannotBeat(ScenarioBuilder.Candidate c) {
            return score < c.risk().score() || score == c.risk().score() && firstId.compareTo(c.id()) > 0;
        }

        /**
         * The most a path from here may weigh and still score as high as the candidate at a target of
         * this impact (null candidate: no limit). A dearer path cannot rank above it, whatever its id.
         */
        int maxWeight(ScenarioBuilder.Candidate c, int impact) {
            if (c == null || new Risk(1, impact).score() >= c.risk().score()) {
                return Integer.MAX_VALUE;
            }
            int w = 0;
            while (new Risk(likelihood - lost(w), impact).score() >= c.risk().score()) {
                w++;
            }
            return w - 1;
        }
    }

    /** The least likelihood a path of this weight loses. */
    private static int lost(int weight) {
        return Math.max(0, (weight - 1) / 2);
    }

    private PathBounds() {
    }

    /** The entry points that reach something (each one of the graph's elements), best bound first, then by first id and entry point. */
    static List<Bound> order(List<PathCounts.Start> starts, AttackGraph graph, Map<String, Integer> highestImpact) {
        Map<Integer, int[]> weights = new HashMap<>(); // impact → per element, the least weight to a target of that impact or more
        for (int level : new TreeSet<>(highestImpact.values())) {
            List<String> targets = highestImpact.entrySet().stream().filter(e -> e.getValue() >= level).map(Map.Entry::getKey).toList();
            weights.put(level, graph.weightToNearest(targets));
        }
        List<Bound> out = new ArrayList<>();
        for (PathCounts.Start s : starts) {
            int best = 0;
            for (Map.Entry<Integer, int[]> level : weights.entrySet()) {
                int w = level.getValue()[graph.number(s.entry())];
                if (w != Integer.MAX_VALUE) {
                    best = Math.max(best, new Risk(s.likelihood() - lost(w), level.getKey()).score());
                }
            }
            out.add(new Bound(s.entry(), s.likelihood(), best, s.firstId()));
        }
        out.sort(Comparator.comparingInt((Bound b) -> -b.score()).thenComparing(Bound::firstId).thenComparing(Bound::entry));
        return out;
    }
}
