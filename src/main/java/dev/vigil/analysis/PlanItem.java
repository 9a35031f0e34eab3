package dev.vigil.analysis;

import java.util.List;

/** One fix in the plan: what to do, what it costs, and how much risk (in score points) it removes. */
public record PlanItem(int order, String mitigationId, String title, String kind, String effort, int riskReduction,
                       List<String> findings) {
}
