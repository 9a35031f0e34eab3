package dev.vigil.analysis;

import dev.vigil.model.Link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * The derived links as a weighted graph. A step costs two points per guard on its link (firewall,
 * strong authentication, MFA, bastion) plus one per component entered (entering a zone is free:
 * the zone stands for "every member is in reach"), so the cheapest path is the likeliest one.
 * Ties break on ids, so the same model always gives the same paths.
 */
final class AttackGraph {

    private final Map<String, List<Edge>> adjacency = new HashMap<>();

    /** A link with its weight and whether it enters a component, worked out once, not at every step of every search. */
    private record Edge(Link link, int weight, int hop) {
    }

    AttackGraph(List<Link> links, Predicate<String> isZone) {
        for (Link l : links) {
            int hop = isZone.test(l.to()) ? 0 : 1;
            adjacency.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(new Edge(l, 2 * l.cost() + hop, hop));
        }
        Comparator<Edge> order = Comparator.comparing((Edge e) -> e.link().to()).thenComparing(e -> e.link().via())
                .thenComparing(e -> e.link().ruleId());
        adjacency.values().forEach(l -> l.sort(order));
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
        Map<String, Arrival> best = new HashMap<>();
        best.put(entry, new Arrival(0, 0, null, 0, 0));
        PriorityQueue<Queued> queue = new PriorityQueue<>(QUEUE_ORDER);
        queue.add(new Queued(0, entry));
        while (!queue.isEmpty()) {
            Queued head = queue.poll();
            Arrival at = best.get(head.node());
            if (head.weight() > at.weight() || at.depth() >= maxDepth) {
                continue;
            }
            for (Edge e : adjacency.getOrDefault(head.node(), List.of())) {
                Link l = e.link();
                int weight = at.weight() + e.weight();
                Arrival known = best.get(l.to());
                if (known == null || weight < known.weight()) {
                    best.put(l.to(), new Arrival(weight, at.depth() + 1, l, at.guards() + l.cost(), at.hops() + e.hop()));
                    queue.add(new Queued(weight, l.to()));
                }
            }
        }
        return new Tree(entry, best);
    }

    private record Queued(int weight, String node) {
    }

    private static final Comparator<Queued> QUEUE_ORDER = Comparator.comparingInt(Queued::weight).thenComparing(Queued::node);

    /** The best arrivals from one entry point. */
    record Tree(String entry, Map<String, Arrival> arrivals) {

        boolean reaches(String element) {
            return arrivals.containsKey(element);
        }

        Arrival arrival(String element) {
            return arrivals.get(element);
        }

        /** The links from the entry point to the element, in order (empty for the entry itself). */
        List<Link> pathTo(String element) {
            List<Link> path = new ArrayList<>();
            for (Link l = arrivals.get(element).over(); l != null; l = arrivals.get(l.from()).over()) {
                path.add(l);
            }
            Collections.reverse(path);
            return path;
        }
    }
}
