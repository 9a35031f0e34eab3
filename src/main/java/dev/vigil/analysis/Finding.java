package dev.vigil.analysis;

import dev.vigil.engine.Evidence;

import java.util.List;

/**
 * A threat that applies to one model element. Its id, {@code <rule id>@<target id>}, is stable
 * across runs and keys explanations, acceptances and diffs.
 */
public record Finding(String id, String ruleId, String threatId, String title, String stride, String source,
                      String target, String targetKind, Risk risk, List<Factor> factors,
                      List<String> mitigations, Risk residual, Evidence evidence) {
}
