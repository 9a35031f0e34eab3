package dev.vigil.analysis;

import java.util.List;

/**
 * One action in the plan: the catalog mitigation it belongs to (its family: id, title, kind), the
 * element it is done to ({@code null} for a fix done once for the whole system) and the concrete
 * action on it, its effort, how much risk (in score points) it removes, and the findings it lowers.
 */
public record PlanItem(int order, String mitigationId, String title, String kind, String effort, int riskReduction,
                       List<String> findings, String element, String action) {
}
