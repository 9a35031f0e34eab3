package dev.vigil.analysis;

/**
 * Attack paths left out, and why: beyond the paths kept per target, beyond the scenarios kept in
 * all, and scenario starts or ends that no path reaches within the depth limit.
 */
public record ScenarioTruncation(int byTargetLimit, int byTotalLimit, int beyondDepth) {

    public int total() {
        return byTargetLimit + byTotalLimit + beyondDepth;
    }
}
