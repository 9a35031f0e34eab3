package dev.vigil.model;

import java.util.List;

/**
 * A fact that moves the likelihood or impact of one finding up or down from the catalog
 * default, with the reason a reader sees, and the unknown properties it rests on (a factor that
 * rests on an unknown is not counted until it is answered, unless unknowns count as risky).
 */
public record RiskFactor(String findingId, String dimension, int delta, String reason, String ruleId, List<Unstated> unknowns) {

    public static final String LIKELIHOOD = "likelihood";
    public static final String IMPACT = "impact";

    public RiskFactor(String findingId, String dimension, int delta, String reason, String ruleId) {
        this(findingId, dimension, delta, reason, ruleId, List.of());
    }
}
