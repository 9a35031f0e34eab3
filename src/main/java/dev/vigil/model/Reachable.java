package dev.vigil.model;

/** {@code target} can be reached from the entry point {@code origin} over links. */
public record Reachable(String origin, String target, String ruleId) {
}
