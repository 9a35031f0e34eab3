package dev.vigil.analysis;

import java.util.List;

/**
 * The fixes, in order of risk reduction per unit of effort, that bring findings under the risk
 * appetite; what would still exceed it; total risk before and after.
 */
public record FixPlan(Severity appetite, List<PlanItem> items, List<String> stillExceeding, int totalRiskBefore,
                      int totalRiskAfter) {
}
