package dev.vigil.analysis;

import java.util.List;

/** An attack scenario: ordered steps from an entry point to an impact, with its own risk. */
public record Scenario(String id, String kind, String title, List<Step> steps, Risk risk, List<Factor> factors) {
}
