package dev.vigil.model;

/**
 * The start and goal of an attack scenario, found by a scenario rule: an entry point, the
 * principal whose access is abused (may be null) and the component whose compromise is the impact.
 * The analysis lays out the steps between them over {@link Link}s.
 */
public record ScenarioSeed(String kind, String ruleId, String entry, String principal, String target) {
}
