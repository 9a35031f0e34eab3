package dev.vigil.analysis;

import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.knowledge.MitigationDef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses fixes greedily by risk reduction per unit of effort until every finding is within the
 * risk appetite or no fix helps any more (a set-cover heuristic: few fixes, cheap ones first).
 * Residual risk of a finding = its risk lowered by every chosen mitigation that addresses it.
 */
final class FixPlanner {

    private final KnowledgeBase kb;
    private final Severity appetite;
    private final java.util.function.Predicate<String> accepted;
    private Map<String, List<Finding>> byMitigation;

    /** Accepted findings need no fix: they never count as exceeding the appetite. */
    FixPlanner(KnowledgeBase kb, Severity appetite, java.util.function.Predicate<String> accepted) {
        this.kb = kb;
        this.appetite = appetite;
        this.accepted = accepted;
    }

    record Result(FixPlan plan, List<Finding> findings) {
    }

    Result plan(List<Finding> findings) {
        byMitigation = new HashMap<>();
        findings.forEach(f -> f.mitigations().forEach(m -> byMitigation.computeIfAbsent(m, k -> new java.util.ArrayList<>()).add(f)));
        Set<String> chosen = new HashSet<>();
        Map<String, Risk> residual = new HashMap<>();
        findings.forEach(f -> residual.put(f.id(), f.risk()));
        List<PlanItem> items = new ArrayList<>();
        while (anyExceeds(findings, residual)) {
            Candidate best = best(findings, residual, chosen);
            if (best == null) {
                break;
            }
            chosen.add(best.mitigation.id());
            best.lowered.forEach(residual::put);
            items.add(new PlanItem(items.size() + 1, best.mitigation.id(), best.mitigation.title(), best.mitigation.kind(),
                    best.mitigation.effort(), best.reduction, List.copyOf(new TreeSet<>(best.lowered.keySet()))));
        }
        List<Finding> updated = findings.stream().map(f -> withResidual(f, residual.get(f.id()))).toList();
        List<String> exceeding = updated.stream().filter(f -> exceeds(f.residual()) && !accepted.test(f.id()))
                .map(Finding::id).toList();
        int before = findings.stream().mapToInt(f -> f.risk().score()).sum();
        int after = updated.stream().mapToInt(f -> f.residual().score()).sum();
        return new Result(new FixPlan(appetite, List.copyOf(items), exceeding, before, after), updated);
    }

    private record Candidate(MitigationDef mitigation, int reduction, double value, Map<String, Risk> lowered) {
    }

    private Candidate best(List<Finding> findings, Map<String, Risk> residual, Set<String> chosen) {
        Candidate best = null;
        for (String id : new TreeSet<>(allMitigations(findings))) {
            if (chosen.contains(id)) {
                continue;
            }
            Candidate c = evaluate(kb.mitigation(id), residual);
            if (c != null && (best == null || c.value > best.value)) {
                best = c;
            }
        }
        return best;
    }

    /** A candidate only counts if it lowers at least one finding that exceeds the appetite. */
    private Candidate evaluate(MitigationDef m, Map<String, Risk> residual) {
        Map<String, Risk> lowered = new HashMap<>();
        int reduction = 0;
        boolean helpsExceeding = false;
        for (Finding f : byMitigation.getOrDefault(m.id(), List.of())) {
            Risk now = residual.get(f.id());
            Risk next = now.lower(m.lowersLikelihood(), m.lowersImpact());
            if (next.score() < now.score()) {
                lowered.put(f.id(), next);
                reduction += now.score() - next.score();
                helpsExceeding |= exceeds(now) && !accepted.test(f.id());
            }
        }
        return helpsExceeding ? new Candidate(m, reduction, (double) reduction / m.cost(), lowered) : null;
    }

    private static Set<String> allMitigations(List<Finding> findings) {
        Set<String> all = new TreeSet<>();
        findings.forEach(f -> all.addAll(f.mitigations()));
        return all;
    }

    private boolean anyExceeds(List<Finding> findings, Map<String, Risk> residual) {
        return findings.stream().anyMatch(f -> exceeds(residual.get(f.id())) && !accepted.test(f.id()));
    }

    private boolean exceeds(Risk r) {
        return r.severity().compareTo(appetite) > 0;
    }

    private static Finding withResidual(Finding f, Risk residual) {
        return new Finding(f.id(), f.ruleId(), f.threatId(), f.title(), f.stride(), f.source(), f.target(), f.targetKind(),
                f.risk(), f.factors(), f.mitigations(), residual, f.evidence());
    }
}
