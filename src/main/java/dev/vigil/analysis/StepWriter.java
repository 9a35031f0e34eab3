package dev.vigil.analysis;

import dev.vigil.engine.RuleBase;
import dev.vigil.engine.RuleInfo;
import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.knowledge.ThreatDef;
import dev.vigil.model.Link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a kept attack path out as a scenario: one step per element, each tied to the worst
 * finding on it, and the factors behind the path's risk. A step's ATT&CK technique says what the
 * attacker does there: at the entry and the impact, the technique of the finding's threat (else of
 * the entry-point or link rule); in between, the technique of the link rule that moved them on.
 */
final class StepWriter {

    private final RuleBase rules;
    private final KnowledgeBase kb;
    private final ModelIndex index;

    StepWriter(RuleBase rules, KnowledgeBase kb, ModelIndex index) {
        this.rules = rules;
        this.kb = kb;
        this.index = index;
    }

    Scenario scenario(ScenarioBuilder.Candidate c, Map<String, List<Finding>> byTarget, EntryPoints entries) {
        RuleInfo rule = rules.rule(c.seed().ruleId());
        String impactThreat = rule.meta("impact");
        List<Step> steps = new ArrayList<>();
        Finding entry = worst(byTarget, c.entry(), c.seed().entryThreat());
        steps.add(step(1, "entry", c.entry(), null, entry, entries.technique(c.entry()), null,
                "Attacker gets in through " + index.label(c.entry())));
        List<Link> path = c.path();
        for (int i = 0; i < path.size(); i++) {
            Link l = path.get(i);
            boolean last = i == path.size() - 1;
            String phase = last ? "impact" : i == 0 ? "foothold" : "lateral movement";
            Finding f = worst(byTarget, l.to(), last ? impactThreat : null);
            String verb = last ? "Reaches the target " : index.kindOf(l.to()).equals("zone") ? "Moves freely inside "
                    : i == 0 ? "Establishes a foothold on " : "Moves on to ";
            String over = l.via().equals(l.to()) || l.via().equals(l.from()) && index.kindOf(l.from()).equals("zone")
                    ? " (unsegmented, so every member is in reach)" : " via " + index.label(l.via());
            String guarded = l.cost() > 0 ? " — a harder step: " + rules.rule(l.ruleId()).meta("reason") : "";
            String movement = rules.rule(l.ruleId()).meta("technique");
            steps.add(step(steps.size() + 1, phase, l.to(), l.via(), f, movement, last ? null : movement,
                    verb + index.label(l.to()) + over + guarded));
        }
        if (path.isEmpty()) {
            Finding f = worst(byTarget, c.target(), impactThreat);
            steps.add(step(2, "impact", c.target(), null, f, null, null, "Acts on " + index.label(c.target()) + " directly"));
        }
        String title = rule.meta("title") == null ? c.seed().kind() : rule.meta("title");
        return new Scenario(c.id(), c.seed().kind(), title + ": " + index.nameOf(c.entry()) + " → " + index.nameOf(c.target()),
                List.copyOf(steps), c.risk(), factors(c, entry, worst(byTarget, c.target(), impactThreat), entries));
    }

    /** The same arithmetic as the candidate's risk, one factor per term. */
    private List<Factor> factors(ScenarioBuilder.Candidate c, Finding entry, Finding impact, EntryPoints entries) {
        List<Factor> factors = new ArrayList<>();
        factors.add(entry == null
                ? Factor.of("likelihood", entries.likelihood(c.entry()), "no finding at the entry point; what its kind of entry point gives")
                : Factor.of("likelihood", entry.risk().likelihood(), "likelihood of the entry finding " + entry.id()));
        for (Link l : c.path()) {
            if (l.cost() > 0) {
                factors.add(Factor.of("likelihood", -l.cost(), "step " + l.from() + " → " + l.to() + ": "
                        + rules.rule(l.ruleId()).meta("reason")));
            }
        }
        int hops = ScenarioBuilder.hops(c.path(), index);
        int longPath = ScenarioBuilder.longPath(hops);
        if (longPath > 0) {
            factors.add(Factor.of("likelihood", -longPath, hops + " hops from entry to target"));
        }
        factors.add(impact == null ? Factor.of("impact", 3, "no finding on the target; assumed moderate")
                : Factor.of("impact", impact.risk().impact(), "impact of the finding on the target " + impact.id()));
        return List.copyOf(factors);
    }

    /** {@code fallback}: the technique when the finding names none; {@code fixed}: the technique whatever the finding. */
    private Step step(int n, String phase, String element, String via, Finding f, String fallback, String fixed, String text) {
        String technique = fixed != null ? fixed : fallback;
        if (fixed == null && f != null) {
            ThreatDef threat = kb.threat(f.threatId());
            technique = threat != null && threat.attack() != null && !threat.attack().isEmpty() ? threat.attack().get(0) : fallback;
        }
        return new Step(n, phase, element, index.kindOf(element), via, f == null ? null : f.id(), f == null ? null : f.threatId(),
                technique, text + (f == null ? "" : ", exploiting: " + f.title()));
    }

    /** The highest-ranked finding on the element, preferring the given threat when present. */
    static Finding worst(Map<String, List<Finding>> byTarget, String element, String preferredThreat) {
        List<Finding> on = byTarget.getOrDefault(element, List.of());
        if (preferredThreat != null) {
            for (Finding f : on) {
                if (f.threatId().equals(preferredThreat)) {
                    return f;
                }
            }
        }
        return on.isEmpty() ? null : on.get(0);
    }
}
