package dev.vigil.model;

/**
 * {@code target} can be reached from the entry point {@code origin} over links. One fact per pair,
 * whichever rule found it first (its evidence names that rule), so reachability is not computed twice.
 */
public record Reachable(String origin, String target) {
}
