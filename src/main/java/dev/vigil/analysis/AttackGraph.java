package dev.vigil.analysis;

import dev.vigil.model.Link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The derived links as a weighted graph. A step costs two points per guard on its link (firewall,
 * strong authentication, MFA, bastion) plus one per component entered (entering a zone is free:
 * the zone stands for "every member is in reach"), so the cheapest path is the likeliest one.
 * Ties break on ids, so the same model always gives the same paths.
 * <p>
 * Elements are numbered in id order and a search keeps its state in arrays: the search runs once
 * per entry point over the whole graph, so a hash map entry and a record per element and search
 * were most of the scenario step's time. Numbering in id order keeps the ties breaking as before.
 */
final class AttackGraph {

    private final String[] ids;
    private final Map<String, Integer> index = new HashMap<>();
    /** Per element, its outgoing links sorted by target, via and rule, with their weights and hops. */
    private final Link[][] links;
    private final int[][] to;
    private final int[][] weight;
    private final int[][] hop;

    AttackGraph(List<Link> all, Predicate<String> isZone) {
        TreeSet<String> sorted = new TreeSet<>();
        all.forEach(l -> {
            sorted.add(l.from());
            sorted.add(l.to());
        });
        ids = sorted.toArray(String[]::new);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        List<List<Link>> out = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            out.add(new ArrayList<>());
        }
        all.forEach(l -> out.get(index.get(l.from())).add(l));
        Comparator<Link> order = Comparator.comparing(Link::to).thenComparing(Link::via).thenComparing(Link::ruleId);
        links = new Link[ids.length][];
        to = new int[ids.length][];
        weight = new int[ids.length][];
        hop = new int[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            out.get(i).sort(order);
            links[i] = out.get(i).toArray(Link[]::new);
            to[i] = new int[links[i].length];
            weight[i] = new int[links[i].length];
            hop[i] = new int[links[i].length];
            for (int e = 0; e < links[i].length; e++) {
                Link l = links[i][e];
                to[i][e] = index.get(l.to());
                hop[i][e] = isZone.test(l.to()) ? 0 : 1;
                weight[i][e] = 2 * l.cost() + hop[i][e];
            }
        }
    }

    /**
     * The best way found to an element: its weight, the links taken, the link it was entered by, and
     * along the way the guards passed and the components entered — what a path's risk needs, so
     * that paths are scored without being laid out.
     */
    record Arrival(int weight, int depth, Link over, int guards, int hops) {
    }

    /** The cheapest paths from one entry point to everything within {@code maxDepth} links. */
    Tree search(String entry, int maxDepth) {
        Integer start = index.get(entry);
        if (start == null) {
            return new Tree(entry, -1, null, null, null, null, null); // no links: it reaches only itself
        }
        int n = ids.length;
        int[] best = new int[n];
        Arrays.fill(best, Integer.MAX_VALUE);
        int[] depth = new int[n];
        int[] guards = new int[n];
        int[] hops = new int[n];
        Link[] over = new Link[n];
        best[start] = 0;
        // weight, then element number (= id order): one long per queued element
        PriorityQueue<Long> queue = new PriorityQueue<>();
        queue.add(((long) 0 << 32) | start);
        while (!queue.isEmpty()) {
            long head = queue.poll();
            int node = (int) head;
            if ((int) (head >>> 32) > best[node] || depth[node] >= maxDepth) {
                continue;
            }
            for (int e = 0; e < to[node].length; e++) {
                int w = best[node] + weight[node][e];
                int t = to[node][e];
                if (w < best[t]) {
                    best[t] = w;
                    depth[t] = depth[node] + 1;
                    over[t] = links[node][e];
                    guards[t] = guards[node] + links[node][e].cost();
                    hops[t] = hops[node] + hop[node][e];
                    queue.add(((long) w << 32) | t);
                }
            }
        }
        return new Tree(entry, start, best, depth, guards, hops, over);
    }

    /** The best arrivals from one entry point. */
    final class Tree {
        private final String entry;
        private final int start;
        private final int[] best;
        private final int[] depth;
        private final int[] guards;
        private final int[] hops;
        private final Link[] over;

        private Tree(String entry, int start, int[] best, int[] depth, int[] guards, int[] hops, Link[] over) {
            this.entry = entry;
            this.start = start;
            this.best = best;
            this.depth = depth;
            this.guards = guards;
            this.hops = hops;
            this.over = over;
        }

        String entry() {
            return entry;
        }

        boolean reaches(String element) {
            return arrival(element) != null;
        }

        Arrival arrival(String element) {
            if (start < 0) {
                return element.equals(entry) ? new Arrival(0, 0, null, 0, 0) : null;
            }
            Integer i = index.get(element);
            if (i == null || best[i] == Integer.MAX_VALUE) {
                return null;
            }
            return new Arrival(best[i], depth[i], over[i], guards[i], hops[i]);
        }

        /** The links from the entry point to the element, in order (empty for the entry itself). */
        List<Link> pathTo(String element) {
            List<Link> path = new ArrayList<>();
            if (start >= 0) {
                for (Link l = over[index.get(element)]; l != null; l = over[index.get(l.from())]) {
                    path.add(l);
                }
            }
            Collections.reverse(path);
            return path;
        }
    }
}
