package dev.vigil.analysis;

/**
 * How far attack paths may go and how many are kept: links from entry point to target, paths kept
 * per target, and scenarios kept in all (0: none).
 */
public record ScenarioLimits(int maxDepth, int perTarget, int maxScenarios) {

    public static final ScenarioLimits DEFAULT = new ScenarioLimits(6, 10, 50);

    /** The most links a path may have: a search holds a state per element and number of links. */
    public static final int DEPTH_CEILING = 32;

    public ScenarioLimits {
        if (maxDepth < 1 || maxDepth > DEPTH_CEILING) {
            throw new IllegalArgumentException("--max-scenario-depth must be between 1 and " + DEPTH_CEILING + ", not " + maxDepth);
        }
        if (perTarget < 1) {
            throw new IllegalArgumentException("--paths-per-target must be at least 1, not " + perTarget);
        }
        if (maxScenarios < 0) {
            throw new IllegalArgumentException("--max-scenarios must be 0 or more, not " + maxScenarios);
        }
    }
}
