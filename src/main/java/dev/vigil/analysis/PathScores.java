package dev.vigil.analysis;

import dev.vigil.engine.RuleBase;
import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.knowledge.ThreatDef;
import dev.vigil.model.ScenarioSeed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an attack path's risk starts from: the likelihood at its entry point (the entry point's
 * finding of the seed's threat, else the likeliest finding there that lets an attacker in) and the
 * impact at its target: the target's finding of the seed rule's {@code @impact} threat; for
 * ransomware without one, what {@link ScenarioImpact} gives (backups limit the loss); else the
 * worst finding on the target that lets the attacker take the final step (read or copy the data);
 * else the impact of reading the data out, from {@link ScenarioImpact}.
 */
final class PathScores {

    static final String RANSOMWARE = "ransomware";

    private final RuleBase rules;
    private final KnowledgeBase kb;
    private final ModelIndex index;
    private final Map<String, List<Finding>> byTarget;
    private final EntryPoints entries;
    private final List<String> impactThreats; // of all seeds, each once
    private final Map<String, Map<String, Integer>> impacts = new HashMap<>(); // impact threat → target → impact

    PathScores(RuleBase rules, KnowledgeBase kb, ModelIndex index, Map<String, List<Finding>> byTarget, EntryPoints entries,
               List<ScenarioSeed> seeds) {
        this.rules = rules;
        this.kb = kb;
        this.index = index;
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

    String impactThreat(ScenarioSeed seed) {
        return rules.rule(seed.ruleId()).meta("impact");
    }

    /** The kind of the scenario's last step: impact for ransomware, exfiltration for the theft of data. */
    static String finalStep(String impactThreat) {
        return RANSOMWARE.equals(impactThreat) ? "impact" : "exfiltration";
    }

    /**
     * The finding the last step cites: the one of the impact threat, else the worst on the target
     * whose threat enables the final step (or, for theft, collection); null when there is none.
     */
    Finding impactFinding(String impactThreat, String target) {
        List<Finding> on = byTarget.getOrDefault(target, List.of());
        for (Finding f : on) {
            if (f.threatId().equals(impactThreat)) {
                return f;
            }
        }
        String step = finalStep(impactThreat);
        for (Finding f : on) {
            ThreatDef t = kb.threat(f.threatId());
            if (t != null && (t.enables().contains(step) || step.equals("exfiltration") && t.enables().contains("collection"))) {
                return f;
            }
        }
        return null;
    }

    private int impact(String impactThreat, String target) {
        return impacts.computeIfAbsent(String.valueOf(impactThreat), k -> new HashMap<>()).computeIfAbsent(target, t -> {
            Finding last = impactFinding(impactThreat, t);
            if (last != null && (last.threatId().equals(impactThreat) || !RANSOMWARE.equals(impactThreat))) {
                return last.risk().impact();
            }
            return RANSOMWARE.equals(impactThreat) ? ScenarioImpact.ransomware(kb, index).value() : ScenarioImpact.theft(kb, index, t).value();
        });
    }
}
