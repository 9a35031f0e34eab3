package dev.vigil.model;

import java.util.Set;

/**
 * How one analysis treats what the model leaves unknown, and what it leaves out of scope; one fact
 * per session, read by the rules' {@code raise}. {@code unknownAsRisky}: the audit mode, in which a
 * threat resting on unknown properties counts as a threat; otherwise it is a question to verify.
 * {@code outOfScope}: ids of elements no threat is raised against.
 */
public record AnalysisMode(boolean unknownAsRisky, Set<String> outOfScope) {

    public static final AnalysisMode DEFAULT = new AnalysisMode(false, Set.of());
}
