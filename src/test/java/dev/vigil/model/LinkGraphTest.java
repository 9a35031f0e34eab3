package dev.vigil.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The graph's answers, from its strongly connected components, equal a walk per origin. */
class LinkGraphTest {

    /** What the reachability rule used to do: a breadth-first walk that never counts the origin. */
    private static Set<String> walk(Map<String, List<String>> next, String origin) {
        Set<String> seen = new TreeSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(origin));
        while (!queue.isEmpty()) {
            for (String to : next.getOrDefault(queue.poll(), List.of())) {
                if (!to.equals(origin) && seen.add(to)) {
                    queue.add(to);
                }
            }
        }
        return seen;
    }

    private static Map<String, List<String>> random(SplittableRandom random, int nodes, int edges) {
        Map<String, List<String>> next = new HashMap<>();
        for (int e = 0; e < edges; e++) {
            next.computeIfAbsent("n" + random.nextInt(nodes), k -> new ArrayList<>()).add("n" + random.nextInt(nodes));
        }
        return next;
    }

    @Test
    void reachOfEqualsAWalkFromEveryOrigin() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 200; round++) {
            int nodes = 1 + random.nextInt(30);
            Map<String, List<String>> next = random(random, nodes, random.nextInt(nodes * 2 + 1));
            LinkGraph graph = new LinkGraph(next, 0, "test");
            for (int n = 0; n <= nodes; n++) { // n == nodes: an origin the graph does not know
                Set<String> expected = walk(next, "n" + n);
                ReachSet got = graph.reachOf("n" + n);
                assertEquals(expected, got, "round " + round + ", origin n" + n + " of " + next);
                assertEquals(new ArrayList<>(expected), new ArrayList<>(got), "sorted iteration");
                assertEquals(expected.hashCode(), got.hashCode());
                expected.forEach(e -> assertTrue(got.contains(e)));
                assertFalse(got.contains("n" + n));
            }
        }
    }

    @Test
    void reachedFromIsWhatSomeOtherOriginReaches() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 200; round++) {
            int nodes = 1 + random.nextInt(30);
            Map<String, List<String>> next = random(random, nodes, random.nextInt(nodes * 2 + 1));
            List<String> origins = new ArrayList<>();
            for (int n = 0; n <= nodes; n++) {
                if (random.nextInt(4) == 0) {
                    origins.add("n" + n);
                }
            }
            Set<String> expected = new TreeSet<>();
            origins.forEach(o -> expected.addAll(walk(next, o)));
            assertEquals(expected, new LinkGraph(next, 0, "test").reachedFrom(origins), "round " + round + ", " + origins + " in " + next);
        }
    }

    @Test
    void aDeepChainNeedsNoDeepStack() {
        Map<String, List<String>> next = new HashMap<>();
        int length = 200_000;
        for (int i = 0; i < length; i++) {
            next.put("c" + i, List.of("c" + (i + 1)));
        }
        next.put("c" + length, List.of("c0")); // one cycle through all of them
        LinkGraph graph = new LinkGraph(next, length + 1, "test");
        assertEquals(length, graph.reachOf("c5").size());
        assertEquals(length + 1, graph.reachedFrom(List.of("c1", "c2")).size());
        assertEquals(new HashSet<>(List.of("c1")), new HashSet<>(new LinkGraph(Map.of("c0", List.of("c1")), 1, "t").reachedFrom(List.of("c0", "c1"))));
    }
}
