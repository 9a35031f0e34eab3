package dev.vigil.analysis;

import java.util.List;

/**
 * An attack scenario: ordered steps from an entry point to an impact, with its own risk, and the
 * monitoring gaps (finding ids) on its way that make it less likely to be noticed.
 */
public record Scenario(String id, String kind, String title, List<Step> steps, Risk risk, List<Factor> factors,
                       List<String> unnoticed) {
}
