package dev.vigil.analysis;

import dev.vigil.engine.SessionResult;
import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.knowledge.ThreatDef;
import dev.vigil.model.RiskFactor;
import dev.vigil.model.Threat;
import dev.vigil.model.Unstated;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns threats into findings: catalog default risk, moved by the risk factors rules inferred.
 * <p>
 * A rule can raise the same finding more than once: on stated facts, and again on a fact that rests
 * on an unknown (two ways to reach the same store). One finding comes out per id: a threat when any
 * of them is confirmed, else a question to verify that names every unknown that could confirm it.
 * A factor that rests on an unknown moves the risk only when unknowns count as risky; otherwise it
 * is listed, with a value of 0, and what it would have moved.
 */
final class RiskScorer {

    private final KnowledgeBase kb;
    private final ModelIndex index;
    private final boolean unknownAsRisky;

    RiskScorer(KnowledgeBase kb, ModelIndex index, boolean unknownAsRisky) {
        this.kb = kb;
        this.index = index;
        this.unknownAsRisky = unknownAsRisky;
    }

    List<Finding> score(SessionResult result) {
        Map<String, List<RiskFactor>> factorsByFinding = result.all(RiskFactor.class).stream()
                .collect(Collectors.groupingBy(RiskFactor::findingId));
        Map<String, List<Threat>> byId = new TreeMap<>();
        result.all(Threat.class).forEach(t -> byId.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(t));
        List<Finding> findings = new ArrayList<>();
        for (List<Threat> ways : byId.values()) {
            findings.add(finding(result, ways, factorsByFinding.getOrDefault(ways.get(0).id(), List.of())));
        }
        findings.sort(RANKING);
        return findings;
    }

    private Finding finding(SessionResult result, List<Threat> ways, List<RiskFactor> riskFactors) {
        ways.sort(Comparator.comparing((Threat t) -> !t.confirmed()).thenComparingInt(t -> t.unknowns().size())
                .thenComparing(t -> t.unknowns().toString()));
        Threat t = ways.get(0);
        List<Unstated> unknowns = t.confirmed() ? t.unknowns() : List.copyOf(ways.stream()
                .flatMap(w -> w.unknowns().stream()).collect(Collectors.toCollection(TreeSet::new)));
        ThreatDef def = kb.threat(t.threatId());
        List<Factor> factors = new ArrayList<>();
        factors.add(Factor.of("likelihood", def.likelihood(), "catalog default for " + def.id()));
        factors.add(Factor.of("impact", def.impact(), "catalog default for " + def.id()));
        int likelihood = def.likelihood();
        int impact = def.impact();
        for (RiskFactor f : distinct(riskFactors)) {
            boolean counted = f.unknowns().isEmpty() || unknownAsRisky;
            String reason = counted ? f.reason() : "not counted while unknown (" + FactLabels.unknowns(f.unknowns())
                    + "): " + f.reason() + "; it would move " + f.dimension() + " by " + signed(f.delta());
            factors.add(new Factor(f.dimension(), counted ? f.delta() : 0, reason, f.ruleId(), result.evidenceOf(f)));
            if (counted && f.dimension().equals(RiskFactor.LIKELIHOOD)) {
                likelihood += f.delta();
            } else if (counted) {
                impact += f.delta();
            }
        }
        Risk risk = new Risk(likelihood, impact);
        return new Finding(t.id(), t.ruleId(), def.id(), def.title(), def.stride(), def.source(), t.target(),
                index.kindOf(t.target()), risk, List.copyOf(factors), def.mitigations(), risk, result.evidenceOf(t), unknowns,
                t.confirmed(), List.of(), List.of());
    }

    /** One factor per rule and dimension: the one on stated facts when there is one. */
    private static List<RiskFactor> distinct(List<RiskFactor> factors) {
        Map<String, RiskFactor> best = new LinkedHashMap<>();
        factors.stream().sorted(Comparator.comparing(RiskFactor::dimension).thenComparing(RiskFactor::ruleId)
                        .thenComparingInt(f -> f.unknowns().size()).thenComparing(f -> f.unknowns().toString()))
                .forEach(f -> best.putIfAbsent(f.dimension() + " " + f.ruleId(), f));
        return List.copyOf(best.values());
    }

    private static String signed(int delta) {
        return delta > 0 ? "+" + delta : String.valueOf(delta);
    }

    static final Comparator<Finding> RANKING = Comparator.comparingInt((Finding f) -> -f.risk().score())
            .thenComparingInt(f -> -f.risk().impact())
            .thenComparing(Finding::id);
}
