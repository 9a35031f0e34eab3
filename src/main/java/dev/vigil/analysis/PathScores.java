package dev.vigil.analysis;

import dev.vigil.engine.RuleBase;
import dev.vigil.model.ScenarioSeed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an attack path's risk starts from: the likelihood at its entry point (the entry point's
 * finding of the seed's threat, else the likeliest finding there that lets an attacker in) and
 * the impact at its target (the target's finding of the seed rule's {@code @impact} threat, else its
 * worst finding, else 3).
 */
final class PathScores {

    private final RuleBase rules;
    private final Map<String, List<Finding>> byTarget;
    private final EntryPoints entries;
    private final List<String> impactThreats; // of all seeds, each once
    private final Map<String, Map<String, Integer>> impacts = new HashMap<>(); // impact threat → target → impact

    PathScores(RuleBase rules, Map<String, List<Finding>> byTarget, EntryPoints entries, List<ScenarioSeed> seeds) {
        this.rules = rules;
        this.byTarget = byTarget;
        this.entries = entries;
        this.impactThreats = seeds.stream().map(this::impactThreat).distinct().toList();
    }

    /** The likelihood of the finding that sets the scenario off at the entry point, else of the one that lets an attacker in. */
    int likelihood(String entry, ScenarioSeed seed) {
        if (seed.entryThreat() != null) {
            for (Finding f : byTarget.getOrDefault(entry, List.of())) {
                if (f.threatId().equals(seed.entryThreat())) {
                    return f.risk().likelihood();
                }
            }
        }
        return entries.likelihood(entry);
    }

    int impact(ScenarioSeed seed, String target) {
        return impact(impactThreat(seed), target);
    }

    /** The highest impact any seed can have on the target. */
    int highestImpact(String target) {
        return impactThreats.stream().mapToInt(threat -> impact(threat, target)).max().orElse(3);
    }

    private String impactThreat(ScenarioSeed seed) {
        return rules.rule(seed.ruleId()).meta("impact");
    }

    private int impact(String impactThreat, String target) {
        return impacts.computeIfAbsent(String.valueOf(impactThreat), k -> new HashMap<>()).computeIfAbsent(target, t -> {
            Finding last = StepWriter.worst(byTarget, t, impactThreat);
            return last == null ? 3 : last.risk().impact();
        });
    }
}
