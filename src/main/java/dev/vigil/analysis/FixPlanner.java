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
    private final Set<String> inPlace;
    private Map<String, List<Finding>> byMitigation;

    /** Accepted findings need no fix: they never count as exceeding the appetite. */
    FixPlanner(KnowledgeBase kb, Severity appetite, java.util.function.Predicate<String> accepted) {
        this(kb, appetite, accepted, Set.of());
    }

    /** {@code inPlace}: mitigations a what-if takes as done (already applied to the findings' risk), never recommended. */
    FixPlanner(KnowledgeBase kb, Severity appetite, java.util.function.Predicate<String> accepted, Set<String> inPlace) {
        this.kb = kb;
        this.appetite = appetite;
        this.accepted = accepted;
        this.inPlace = Set.copyOf(inPlace);
    }

    /**
     * The findings as if the mitigations were in place: each one's risk lowered by every assumed
     * mitigation that addresses it, in the given order — the arithmetic of the plan's residual —
     * with a factor per step saying so.
     */
    record Assumed(List<Finding> findings, WhatIf whatIf) {
    }

    static Assumed assume(KnowledgeBase kb, List<String> mitigations, List<Finding> findings) {
        List<Finding> out = new ArrayList<>();
        Map<String, TreeSet<String>> lowered = new HashMap<>();
        Map<String, Integer> reduction = new HashMap<>();
        for (Finding f : findings) {
            Risk risk = f.risk();
            List<Factor> factors = new ArrayList<>(f.factors());
            for (String id : mitigations) {
                if (!f.mitigations().contains(id)) {
                    continue;
                }
                MitigationDef m = kb.mitigation(id);
                Risk next = risk.lower(m.lowersLikelihood(), m.lowersImpact());
                String reason = "what-if: assumed in place: " + m.title() + " (" + id + ")";
                if (next.likelihood() != risk.likelihood()) {
                    factors.add(Factor.of("likelihood", next.likelihood() - risk.likelihood(), reason));
                }
                if (next.impact() != risk.impact()) {
                    factors.add(Factor.of("impact", next.impact() - risk.impact(), reason));
                }
                if (next.score() < risk.score()) {
                    lowered.computeIfAbsent(id, k -> new TreeSet<>()).add(f.id());
                    reduction.merge(id, risk.score() - next.score(), Integer::sum);
                }
                risk = next;
            }
            out.add(risk.equals(f.risk()) ? f : new Finding(f.id(), f.ruleId(), f.threatId(), f.title(), f.stride(), f.source(),
                    f.target(), f.targetKind(), risk, List.copyOf(factors), f.mitigations(), risk, f.evidence()));
        }
        out.sort(RiskScorer.RANKING);
        List<WhatIf.Assumed> assumed = mitigations.stream().map(id -> new WhatIf.Assumed(id, kb.mitigation(id).title(),
                List.copyOf(lowered.getOrDefault(id, new TreeSet<>())), reduction.getOrDefault(id, 0))).toList();
        return new Assumed(out, new WhatIf(assumed));
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
            if (chosen.contains(id) || inPlace.contains(id)) {
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
