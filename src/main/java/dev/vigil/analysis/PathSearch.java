package dev.vigil.analysis;

import dev.vigil.model.Link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The cheapest paths from one entry point to everything within {@code maxDepth} links; among
 * equally cheap paths the one with fewer links, then the one whose last step leaves the element
 * settled first (states settle by weight, then links, then element number, which is id order). There is a search state per element and number of links, so a cheap but long way
 * to an element does not hide a dearer, shorter way on to what lies beyond it: an element is
 * reached exactly when some path of at most {@code maxDepth} links leads there, as in
 * {@link PairReach}.
 * <p>
 * The arrays are allocated once and only the states a search touched are reset before the next:
 * a search cut off by weight touches a few hundred states of a graph of tens of thousands.
 * Each search's {@link Tree} is valid until the next search.
 */
final class PathSearch {

    private final AttackGraph graph;
    private final int maxDepth;
    private final int layers;
    private final int[] best; // per state (element × links): the cheapest weight found
    private final int[] guards;
    private final int[] hops;
    private final Link[] over;
    private final int[] reached; // per element: the links of its first (cheapest) state settled, -1 before
    private final int[] fewest; // per element: the fewest links of a state settled; a later, dearer one must have fewer
    private int[] touched = new int[64]; // the states given a weight since the last reset
    private int touchedCount;
    private int generation;

    PathSearch(AttackGraph graph, int maxDepth) {
        this.graph = graph;
        this.maxDepth = maxDepth;
        this.layers = maxDepth + 1;
        int states = graph.size() * layers;
        best = new int[states];
        guards = new int[states];
        hops = new int[states];
        over = new Link[states];
        reached = new int[graph.size()];
        fewest = new int[graph.size()];
        Arrays.fill(best, Integer.MAX_VALUE);
        Arrays.fill(reached, -1);
        Arrays.fill(fewest, Integer.MAX_VALUE);
    }

    /** The paths from the entry point (one of the graph's elements), not following any that weighs more than {@code maxWeight}. */
    Tree from(String entry, int maxWeight) {
        reset();
        int start = graph.number(entry);
        int n = graph.size();
        touch(start * layers, 0, 0, 0, null);
        PriorityQueue<Long> queue = new PriorityQueue<>(); // weight, then links, then element: one long per state
        queue.add(key(0, 0, start));
        while (!queue.isEmpty()) {
            long head = queue.poll();
            int node = (int) (head % n);
            int depth = (int) (head / n % layers);
            int state = node * layers + depth;
            if (head / n / layers > best[state] || depth >= fewest[node]) {
                continue; // stale, or a settled state was as cheap with as few links
            }
            fewest[node] = depth;
            reached[node] = reached[node] < 0 ? depth : reached[node];
            if (depth < maxDepth) {
                expand(node, depth, maxWeight, queue);
            }
        }
        return new Tree(entry, ++generation);
    }

    private void expand(int node, int depth, int maxWeight, PriorityQueue<Long> queue) {
        int state = node * layers + depth;
        int[] to = graph.next(node);
        int[] weights = graph.weights(node);
        Link[] links = graph.links(node);
        for (int e = 0; e < to.length; e++) {
            int t = to[e];
            int next = t * layers + depth + 1;
            int w = best[state] + weights[e];
            if (w <= maxWeight && w < best[next] && depth + 1 < fewest[t]) {
                touch(next, w, guards[state] + links[e].cost(), hops[state] + (weights[e] & 1), links[e]);
                queue.add(key(w, depth + 1, t));
            }
        }
    }

    private void touch(int state, int weight, int guardsPassed, int componentsEntered, Link by) {
        if (best[state] == Integer.MAX_VALUE) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = state;
        }
        best[state] = weight;
        guards[state] = guardsPassed;
        hops[state] = componentsEntered;
        over[state] = by;
    }

    private void reset() {
        for (int i = 0; i < touchedCount; i++) {
            int state = touched[i];
            best[state] = Integer.MAX_VALUE;
            over[state] = null;
            reached[state / layers] = -1;
            fewest[state / layers] = Integer.MAX_VALUE;
        }
        touchedCount = 0;
    }

    private long key(int weight, int depth, int node) {
        return ((long) weight * layers + depth) * graph.size() + node;
    }

    /**
     * The best way found to an element: its weight, the links taken, and along the way the guards
     * passed and the components entered — what a path's risk needs, so that paths are scored
     * without being laid out.
     */
    record Arrival(int weight, int depth, int guards, int hops) {
    }

    /** The cheapest bounded paths from one entry point; valid until the next search. */
    final class Tree {
        private final String entry;
        private final int generation;

        private Tree(String entry, int generation) {
            this.entry = entry;
            this.generation = generation;
        }

        String entry() {
            return entry;
        }

        /** The best way to the element, by its number in the graph; null when it is not reached. */
        Arrival arrival(int element) {
            int s = state(element);
            return s < 0 ? null : new Arrival(best[s], s % layers, guards[s], hops[s]);
        }

        /** The links from the entry point to the element, in order (empty for the entry itself). */
        List<Link> pathTo(int element) {
            List<Link> path = new ArrayList<>();
            int s = state(element);
            for (Link l = over[s]; l != null; l = over[s]) {
                path.add(l);
                s = graph.number(l.from()) * layers + s % layers - 1;
            }
            Collections.reverse(path);
            return path;
        }

        private int state(int element) {
            if (generation != PathSearch.this.generation) {
                throw new IllegalStateException("a search tree is used after the next search");
            }
            return element < 0 || reached[element] < 0 ? -1 : element * layers + reached[element];
        }
    }
}
