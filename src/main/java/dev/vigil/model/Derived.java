package dev.vigil.model;

/**
 * A classification derived by a rule in {@code rules/_derived}, such as {@code internet-exposed}
 * of a component or {@code entry-point} of a principal. Carries the id of the rule that derived it,
 * so two rules deriving the same kind each leave their own trace.
 */
public record Derived(String kind, String subject, String ruleId) {
}
