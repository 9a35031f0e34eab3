package dev.vigil.analysis;

/** How far scenarios may go: hops from entry to target, and scenarios kept per kind. */
public record ScenarioLimits(int maxDepth, int maxPerKind) {

    public static final ScenarioLimits DEFAULT = new ScenarioLimits(8, 3);
}
