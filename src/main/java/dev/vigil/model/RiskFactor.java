package dev.vigil.model;

/**
 * A fact that moves the likelihood or impact of one finding up or down from the catalog
 * default, with the reason a reader sees.
 */
public record RiskFactor(String findingId, String dimension, int delta, String reason, String ruleId) {

    public static final String LIKELIHOOD = "likelihood";
    public static final String IMPACT = "impact";
}
