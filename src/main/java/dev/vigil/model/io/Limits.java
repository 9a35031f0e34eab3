package dev.vigil.model.io;

/**
 * Input limits that keep a hostile file from exhausting memory or time. {@code maxElements} bounds
 * components, flows, principals, access grants and dependencies together: the attack graph's
 * memory grows with entry points × elements, so a model past it is refused before analysis.
 */
public record Limits(long maxBytes, int maxDepth, int maxNodes, int maxElements) {

    /** About twice the 1,000-component, 5,000-flow model that is analysed in 512 MB (docs/benchmarks.md). */
    public static final Limits DEFAULT = new Limits(5L * 1024 * 1024, 64, 1_000_000, 12_000);
}
