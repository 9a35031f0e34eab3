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

    private final Map<String, List<Link>> adjacency = new HashMap<>();
    private final Predicate<String> isZone;

    AttackGraph(List<Link> links, Predicate<String> isZone) {
        this.isZone = isZone;
        links.forEach(l -> adjacency.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l));
        adjacency.values().forEach(l -> l.sort(Comparator.comparing(Link::to).thenComparing(Link::via).thenComparing(Link::ruleId)));
    }

    /** The best way found to an element: its weight, the links taken, and the link it was entered by. */
    record Arrival(int weight, int depth, Link over) {
    }

    /** The cheapest paths from one entry point to everything within {@code maxDepth} links. */
    Tree search(String entry, int maxDepth) {
        Map<String, Arrival> best = new HashMap<>();
        best.put(entry, new Arrival(0, 0, null));
        PriorityQueue<Queued> queue = new PriorityQueue<>(QUEUE_ORDER);
        queue.add(new Queued(0, entry));
        while (!queue.isEmpty()) {
            Queued head = queue.poll();
            Arrival at = best.get(head.node());
            if (head.weight() > at.weight() || at.depth() >= maxDepth) {
                continue;
            }
            for (Link l : adjacency.getOrDefault(head.node(), List.of())) {
                int weight = at.weight() + weight(l);
                Arrival known = best.get(l.to());
                if (known == null || weight < known.weight()) {
                    best.put(l.to(), new Arrival(weight, at.depth() + 1, l));
                    queue.add(new Queued(weight, l.to()));
                }
            }
        }
        return new Tree(entry, best);
    }

    private record Queued(int weight, String node) {
    }

    private static final Comparator<Queued> QUEUE_ORDER = Comparator.comparingInt(Queued::weight).thenComparing(Queued::node);

    private int weight(Link l) {
        return 2 * l.cost() + (isZone.test(l.to()) ? 0 : 1);
    }

    /** The best arrivals from one entry point. */
    record Tree(String entry, Map<String, Arrival> arrivals) {

        boolean reaches(String element) {
            return arrivals.containsKey(element);
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
