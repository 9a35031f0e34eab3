package dev.vigil.model;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the entry point {@code origin} can reach over links: one fact per entry point, from
 * the graph's reach sets (see {@link LinkGraph}), so rules ask "can it get there?" without a fact per pair; the analysis lays out the
 * best bounded paths from it.
 */
public record Reach(String origin, Set<String> elements) {

    public Reach {
        // sorted, not Set.copyOf: rules iterate it, and its order must not change between runs; a
        // ReachSet is sorted, read-only and shared with the other entry points of its component
        elements = elements instanceof ReachSet ? elements : Collections.unmodifiableSortedSet(new TreeSet<>(elements));
    }
}
