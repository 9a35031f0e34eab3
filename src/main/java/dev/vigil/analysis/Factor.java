package dev.vigil.analysis;

/** A step of the risk computation: the catalog default, or a fact that moved a dimension. */
public record Factor(String dimension, int delta, String reason, String ruleId) {
}
