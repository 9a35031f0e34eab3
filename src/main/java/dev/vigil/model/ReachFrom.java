package dev.vigil.model;

import java.util.Set;

/**
 * Everything that some element of a derived kind ("entry-point", "internet-exposed") reaches over
 * links, an element reached only from itself left out: one fact per kind, so a rule asks "can any
 * entry point get to this component?" with one lookup instead of a join over every entry point's
 * {@link Reach} (entry points × elements in the network at 1,000 components).
 */
public record ReachFrom(String kind, Set<String> elements, String ruleId) {
}
