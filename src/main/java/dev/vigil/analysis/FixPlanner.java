package dev.vigil.analysis;

import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.knowledge.MitigationDef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Chooses fixes greedily by risk reduction per unit of effort until every finding is within the
 * risk appetite or no fix helps any more (a set-cover heuristic: few fixes, cheap ones first).
 * <p>
 * A fix is a concrete action: a mitigation done to one element (MFA for that group, TLS on that
 * flow, authentication on that cache, that account removed), which lowers only the findings on that
 * element that the mitigation addresses; or, for a mitigation of system scope (training, a patching
 * SLA, an incident plan), done once, lowering every finding it addresses. A mitigation already counted
 * in a finding (in place on its element, or assumed by a what-if) is never recommended for it again.
 * Residual risk of a finding = its risk lowered by every chosen action that addresses it, with the
 * arithmetic of {@link Lowering}.
 */
final class FixPlanner {

    private static final String SYSTEM = "*";

    private final KnowledgeBase kb;
    private final Severity appetite;
    private final java.util.function.Predicate<String> accepted;
    private final Set<String> inPlace;
    private final Function<String, String> names;

    /**
     * {@code inPlace}: mitigations that no finding may be recommended, whatever its element (a what-if's);
     * {@code names}: an element's display name for the action text.
     */
    FixPlanner(KnowledgeBase kb, Severity appetite, java.util.function.Predicate<String> accepted, Set<String> inPlace,
               Function<String, String> names) {
        this.kb = kb;
        this.appetite = appetite;
        this.accepted = accepted;
        this.inPlace = Set.copyOf(inPlace);
        this.names = names;
    }

    FixPlanner(KnowledgeBase kb, Severity appetite, java.util.function.Predicate<String> accepted, Set<String> inPlace) {
        this(kb, appetite, accepted, inPlace, Function.identity());
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
            Finding next = f;
            for (String id : mitigations) {
                if (!f.mitigations().contains(id) || next.applied().contains(id)) {
                    continue;
                }
                Finding after = lower(kb, next, kb.mitigation(id), "what-if: assumed in place: ");
                if (after.risk().score() < next.risk().score()) {
                    lowered.computeIfAbsent(id, k -> new TreeSet<>()).add(f.id());
                    reduction.merge(id, next.risk().score() - after.risk().score(), Integer::sum);
                }
                next = after;
            }
            out.add(next);
        }
        out.sort(RiskScorer.RANKING);
        List<WhatIf.Assumed> assumed = mitigations.stream().map(id -> new WhatIf.Assumed(id, kb.mitigation(id).title(),
                List.copyOf(lowered.getOrDefault(id, new TreeSet<>())), reduction.getOrDefault(id, 0))).toList();
        return new Assumed(out, new WhatIf(assumed));
    }

    /** The finding lowered by the mitigation, with a factor per dimension it moved, and the mitigation counted in it. */
    static Finding lower(KnowledgeBase kb, Finding f, MitigationDef m, String why) {
        Risk next = Lowering.apply(kb, f.threatId(), f.risk(), m, f.applied());
        List<Factor> factors = new ArrayList<>(f.factors());
        String reason = why + m.title() + " (" + m.id() + ")";
        if (next.likelihood() != f.risk().likelihood()) {
            factors.add(Factor.of("likelihood", next.likelihood() - f.risk().likelihood(), reason));
        }
        if (next.impact() != f.risk().impact()) {
            factors.add(Factor.of("impact", next.impact() - f.risk().impact(), reason));
        }
        List<String> applied = new ArrayList<>(f.applied());
        applied.add(m.id());
        return f.withRisk(next, List.copyOf(factors), List.copyOf(applied));
    }

    record Result(FixPlan plan, List<Finding> findings) {
    }

    /** One action considered: a mitigation on an element (or the whole system), and the findings it would lower. */
    private record Action(MitigationDef mitigation, String element, List<Finding> findings) {
        String key() {
            return mitigation.id() + "@" + element;
        }
    }

    Result plan(List<Finding> findings) {
        Map<String, Action> actions = actions(findings);
        Map<String, Risk> residual = new HashMap<>();
        Map<String, List<String>> counted = new HashMap<>();
        findings.forEach(f -> {
            residual.put(f.id(), f.risk());
            counted.put(f.id(), new ArrayList<>(f.applied()));
        });
        Set<String> chosen = new java.util.HashSet<>();
        List<PlanItem> items = new ArrayList<>();
        while (anyExceeds(findings, residual)) {
            Candidate best = null;
            for (Action a : actions.values()) {
                if (!chosen.contains(a.key())) {
                    Candidate c = evaluate(a, residual, counted);
                    // equal value per effort: the action that removes more risk (the fix itself before a compensating control)
                    if (c != null && (best == null || c.value > best.value || c.value == best.value && c.reduction > best.reduction)) {
                        best = c;
                    }
                }
            }
            if (best == null) {
                break;
            }
            Action a = best.action;
            chosen.add(a.key());
            best.lowered.forEach((id, r) -> {
                residual.put(id, r);
                counted.get(id).add(a.mitigation.id());
            });
            String element = a.element.equals(SYSTEM) ? null : a.element;
            items.add(new PlanItem(items.size() + 1, a.mitigation.id(), a.mitigation.title(), a.mitigation.kind(), a.mitigation.effort(),
                    best.reduction, List.copyOf(new TreeSet<>(best.lowered.keySet())), element,
                    a.mitigation.actionOn(element == null ? null : names.apply(element))));
        }
        List<Finding> updated = findings.stream().map(f -> f.withResidual(residual.get(f.id()))).toList();
        List<String> exceeding = updated.stream().filter(f -> exceeds(f.residual()) && !accepted.test(f.id()))
                .map(Finding::id).toList();
        int before = findings.stream().mapToInt(f -> f.risk().score()).sum();
        int after = updated.stream().mapToInt(f -> f.residual().score()).sum();
        return new Result(new FixPlan(appetite, List.copyOf(items), exceeding, before, after), updated);
    }

    /** Every action some finding asks for, in a fixed order: mitigation, then element. */
    private Map<String, Action> actions(List<Finding> findings) {
        Map<String, Action> out = new TreeMap<>();
        Map<String, List<Finding>> lowers = new LinkedHashMap<>();
        for (Finding f : findings) {
            for (String m : f.mitigations()) {
                if (inPlace.contains(m) || f.applied().contains(m)) {
                    continue;
                }
                MitigationDef def = kb.mitigation(m);
                String element = def.scope().equals("system") ? SYSTEM : f.target();
                String key = m + "@" + element;
                lowers.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
                out.putIfAbsent(key, new Action(def, element, lowers.get(key)));
            }
        }
        return out;
    }

    private record Candidate(Action action, int reduction, double value, Map<String, Risk> lowered) {
    }

    /** A candidate only counts if it lowers at least one finding that exceeds the appetite. */
    private Candidate evaluate(Action a, Map<String, Risk> residual, Map<String, List<String>> counted) {
        Map<String, Risk> lowered = new TreeMap<>();
        int reduction = 0;
        boolean helpsExceeding = false;
        for (Finding f : a.findings) {
            if (counted.get(f.id()).contains(a.mitigation.id())) {
                continue;
            }
            Risk now = residual.get(f.id());
            Risk next = Lowering.apply(kb, f.threatId(), now, a.mitigation, counted.get(f.id()));
            if (next.score() < now.score()) {
                lowered.put(f.id(), next);
                reduction += now.score() - next.score();
                helpsExceeding |= exceeds(now) && !accepted.test(f.id());
            }
        }
        return helpsExceeding ? new Candidate(a, reduction, (double) reduction / a.mitigation.cost(), lowered) : null;
    }

    private boolean anyExceeds(List<Finding> findings, Map<String, Risk> residual) {
        return findings.stream().anyMatch(f -> exceeds(residual.get(f.id())) && !accepted.test(f.id()));
    }

    private boolean exceeds(Risk r) {
        return r.severity().compareTo(appetite) > 0;
    }
}
