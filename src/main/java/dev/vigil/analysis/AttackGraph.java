package dev.vigil.analysis;

import dev.vigil.model.Link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
 * <p>
 * Elements are numbered in id order (so ties that break on the number break on ids) and the
 * searches over them ({@link PathSearch}, {@link PairReach}) keep their state in arrays.
 */
final class AttackGraph {

    private final String[] ids;
    private final Map<String, Integer> index = new HashMap<>();
    /** Per element, its outgoing links sorted by target, via and rule, with their weights. */
    private final Link[][] links;
    private final int[][] to;
    private final int[][] weight;
    private List<List<int[]>> incoming;

    /** {@code alsoElements}: the entry points and targets, numbered even when no link touches them. */
    AttackGraph(List<Link> all, Collection<String> alsoElements, Predicate<String> isZone) {
        TreeSet<String> sorted = new TreeSet<>(alsoElements);
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
        for (int i = 0; i < ids.length; i++) {
            out.get(i).sort(order);
            links[i] = out.get(i).toArray(Link[]::new);
            to[i] = new int[links[i].length];
            weight[i] = new int[links[i].length];
            for (int e = 0; e < links[i].length; e++) {
                Link l = links[i][e];
                to[i][e] = index.get(l.to());
                weight[i][e] = 2 * l.cost() + (isZone.test(l.to()) ? 0 : 1);
            }
        }
    }

    int size() {
        return ids.length;
    }

    String id(int element) {
        return ids[element];
    }

    /** The element's number, or -1 when it is neither linked nor one of the elements named. */
    int number(String element) {
        Integer i = index.get(element);
        return i == null ? -1 : i;
    }

    /** The elements the element's links lead to, by number, in the order of {@link #links}. */
    int[] next(int element) {
        return to[element];
    }

    /** The element's outgoing links, sorted by target, via and rule. */
    Link[] links(int element) {
        return links[element];
    }

    /** The weights of the element's outgoing links, in the same order. */
    int[] weights(int element) {
        return weight[element];
    }

    /**
     * For every element, the least weight of a path from it to one of the targets, whatever its
     * length (Integer.MAX_VALUE: none): a lower bound on its bounded paths' weights.
     */
    int[] weightToNearest(Collection<String> targets) {
        int n = ids.length;
        List<List<int[]>> incoming = incoming();
        int[] dist = new int[n];
        Arrays.fill(dist, Integer.MAX_VALUE);
        PriorityQueue<Long> queue = new PriorityQueue<>();
        for (String t : targets) {
            int i = number(t);
            if (i >= 0) {
                dist[i] = 0;
                queue.add((long) i);
            }
        }
        while (!queue.isEmpty()) {
            long head = queue.poll();
            int node = (int) head;
            if ((int) (head >>> 32) > dist[node]) {
                continue;
            }
            for (int[] in : incoming.get(node)) {
                int w = dist[node] + in[1];
                if (w < dist[in[0]]) {
                    dist[in[0]] = w;
                    queue.add(((long) w << 32) | in[0]);
                }
            }
        }
        return dist;
    }

    /** Per element, the links into it as {from, weight}: built once, on the first backward search. */
    private List<List<int[]>> incoming() {
        if (incoming == null) {
            incoming = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                incoming.add(new ArrayList<>());
            }
            for (int i = 0; i < ids.length; i++) {
                for (int e = 0; e < to[i].length; e++) {
                    incoming.get(to[i][e]).add(new int[] {i, weight[i][e]});
                }
            }
        }
        return incoming;
    }
}
