package dev.vigil.analysis;

/**
 * How far attack paths may go and how many are kept: links from entry point to target, paths kept
 * per target, and scenarios kept in all.
 */
public record ScenarioLimits(int maxDepth, int perTarget, int maxScenarios) {

    public static final ScenarioLimits DEFAULT = new ScenarioLimits(6, 10, 50);
}
