package dev.vigil.model;

import java.util.List;

/**
 * A classification derived by a rule in {@code rules/_derived}, such as {@code internet-exposed}
 * of a component or {@code entry-point} of a principal. Carries the id of the rule that derived it,
 * so two rules deriving the same kind each leave their own trace, and the unknown properties it
 * rests on (empty when stated facts alone make it true), which the findings built on it inherit.
 */
public record Derived(String kind, String subject, String ruleId, List<Unstated> unknowns) {

    public Derived(String kind, String subject, String ruleId) {
        this(kind, subject, ruleId, List.of());
    }

    /** True when stated facts alone make it hold. */
    public boolean stated() {
        return unknowns.isEmpty();
    }
}
