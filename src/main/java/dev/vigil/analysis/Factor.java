package dev.vigil.analysis;

import dev.vigil.engine.Evidence;

/**
 * A step of the risk computation: the catalog default, or a fact that moved a dimension, with the
 * rule that moved it and the facts that rule matched (null for catalog defaults and scenario steps).
 */
public record Factor(String dimension, int delta, String reason, String ruleId, Evidence evidence) {

    public static Factor of(String dimension, int value, String reason) {
        return new Factor(dimension, value, reason, null, null);
    }
}
