package dev.vigil.analysis;

import dev.vigil.engine.SessionResult;
import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.knowledge.ThreatDef;
import dev.vigil.model.RiskFactor;
import dev.vigil.model.Threat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns threats into findings: catalog default risk, moved by the risk factors rules inferred. */
final class RiskScorer {

    private final KnowledgeBase kb;
    private final ModelIndex index;

    RiskScorer(KnowledgeBase kb, ModelIndex index) {
        this.kb = kb;
        this.index = index;
    }

    List<Finding> score(SessionResult result) {
        Map<String, List<RiskFactor>> factorsByFinding = result.all(RiskFactor.class).stream()
                .collect(Collectors.groupingBy(RiskFactor::findingId));
        List<Finding> findings = new ArrayList<>();
        for (Threat t : result.all(Threat.class)) {
            ThreatDef def = kb.threat(t.threatId());
            List<Factor> factors = new ArrayList<>();
            factors.add(Factor.of("likelihood", def.likelihood(), "catalog default for " + def.id()));
            factors.add(Factor.of("impact", def.impact(), "catalog default for " + def.id()));
            int likelihood = def.likelihood();
            int impact = def.impact();
            List<RiskFactor> moved = new ArrayList<>(factorsByFinding.getOrDefault(t.id(), List.of()));
            moved.sort(Comparator.comparing(RiskFactor::dimension).thenComparing(RiskFactor::ruleId));
            for (RiskFactor f : moved) {
                factors.add(new Factor(f.dimension(), f.delta(), f.reason(), f.ruleId(), result.evidenceOf(f)));
                if (f.dimension().equals(RiskFactor.LIKELIHOOD)) {
                    likelihood += f.delta();
                } else {
                    impact += f.delta();
                }
            }
            Risk risk = new Risk(likelihood, impact);
            findings.add(new Finding(t.id(), t.ruleId(), def.id(), def.title(), def.stride(), def.source(), t.target(),
                    index.kindOf(t.target()), risk, List.copyOf(factors), def.mitigations(), risk, result.evidenceOf(t)));
        }
        findings.sort(RANKING);
        return findings;
    }

    static final Comparator<Finding> RANKING = Comparator.comparingInt((Finding f) -> -f.risk().score())
            .thenComparingInt(f -> -f.risk().impact())
            .thenComparing(Finding::id);
}
