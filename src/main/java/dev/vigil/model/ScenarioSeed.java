package dev.vigil.model;

/**
 * Where an attack scenario starts or ends, found by a scenario rule: an entry point (null: any),
 * the principal whose access is abused (may be null), the component whose compromise is the impact
 * (null: any attack target), and the threat at the entry point that sets the scenario off (may be
 * null). The analysis finds the best paths between them over {@link Link}s.
 */
public record ScenarioSeed(String kind, String ruleId, String entry, String principal, String target, String entryThreat) {
}
