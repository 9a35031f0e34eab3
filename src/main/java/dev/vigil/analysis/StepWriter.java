package dev.vigil.analysis;

import dev.vigil.engine.RuleBase;
import dev.vigil.engine.RuleInfo;
import dev.vigil.knowledge.KnowledgeBase;
import dev.vigil.knowledge.ThreatDef;
import dev.vigil.model.Link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Writes a kept attack path out as a scenario: one step per element, each of a kind from the
 * attack-step catalog (knowledge-base/steps), and the factors behind the path's risk. A step cites a
 * finding only when the finding's threat enables that kind of step: the entry cites the finding that
 * lets the attacker in; a step in between cites a weakness that moves the attacker on (lateral
 * movement, privilege escalation, credential access, or a way in from inside), or none when the link
 * itself gives the access; the last step cites what lets the attacker encrypt (ransomware) or read and
 * copy the data (theft). Availability and monitoring findings never open a door; monitoring gaps on the
 * path are listed apart: they make the attack less likely to be noticed. A step's ATT&CK technique is
 * that of its finding's threat, else that of the link rule that moved the attacker on.
 */
final class StepWriter {

    /** What a step over the network can use, in the order its kind is named; over a grant or a dependency, only escalation. */
    private static final List<String> MOVES = List.of("lateral-movement", "privilege-escalation", "initial-access");

    private final RuleBase rules;
    private final KnowledgeBase kb;
    private final ModelIndex index;

    StepWriter(RuleBase rules, KnowledgeBase kb, ModelIndex index) {
        this.rules = rules;
        this.kb = kb;
        this.index = index;
    }

    Scenario scenario(ScenarioBuilder.Candidate c, Map<String, List<Finding>> byTarget, EntryPoints entries, PathScores scores) {
        RuleInfo rule = rules.rule(c.seed().ruleId());
        String impactThreat = rule.meta("impact");
        String finalStep = PathScores.finalStep(impactThreat);
        List<Step> steps = new ArrayList<>();
        Finding entry = entryFinding(c, byTarget, entries);
        steps.add(step(1, "initial-access", c.entry(), null, entry, entries.technique(c.entry()),
                "Attacker gets in through " + index.label(c.entry())));
        List<Link> path = c.path();
        for (int i = 0; i < path.size(); i++) {
            Link l = path.get(i);
            boolean last = i == path.size() - 1;
            Finding f = last ? scores.impactFinding(impactThreat, l.to()) : move(byTarget, l);
            String kind = last ? finalStep : f == null ? "lateral-movement" : firstKind(f);
            String verb = last ? "Reaches the target " : index.kindOf(l.to()).equals("zone") ? "Moves freely inside "
                    : i == 0 ? "Establishes a foothold on " : "Moves on to ";
            String over = l.via().equals(l.to()) || l.via().equals(l.from()) && index.kindOf(l.from()).equals("zone")
                    ? flatness(l) : " via " + index.label(l.via());
            String guarded = l.cost() > 0 ? " — a harder step: " + rules.rule(l.ruleId()).meta("reason") : "";
            String movement = rules.rule(l.ruleId()).meta("technique");
            steps.add(step(steps.size() + 1, kind, l.to(), l.via(), f, movement, verb + index.label(l.to()) + over + guarded));
        }
        if (path.isEmpty()) {
            Finding f = scores.impactFinding(impactThreat, c.target());
            steps.add(step(2, finalStep, c.target(), null, f, null, "Acts on " + index.label(c.target()) + " directly"));
        }
        String title = rule.meta("title") == null ? c.seed().kind() : rule.meta("title");
        List<String> unnoticed = detectionGaps(c, byTarget);
        return new Scenario(c.id(), c.seed().kind(), title + ": " + index.nameOf(c.entry()) + " → " + index.nameOf(c.target()),
                List.copyOf(steps), c.risk(), factors(c, entry, impactThreat, scores), unnoticed);
    }

    /** The finding that sets the scenario off at its entry point, else the one that lets the attacker in there. */
    private Finding entryFinding(ScenarioBuilder.Candidate c, Map<String, List<Finding>> byTarget, EntryPoints entries) {
        if (c.seed().entryThreat() != null) {
            for (Finding f : byTarget.getOrDefault(c.entry(), List.of())) {
                if (f.threatId().equals(c.seed().entryThreat()) && enables(f, "initial-access")) {
                    return f;
                }
            }
        }
        return entries.door(c.entry());
    }

    /**
     * The worst finding on the link's far end that moves the attacker on, or null. Over the network
     * ({@code @network} on the link rule), a weakness there that moves an attacker on or lets someone
     * in; over an access the attacker already holds (a grant, a dependency running inside, stolen
     * credentials), only one that escalates what that access gives.
     */
    private Finding move(Map<String, List<Finding>> byTarget, Link l) {
        boolean network = "yes".equals(rules.rule(l.ruleId()).meta("network"));
        for (Finding f : byTarget.getOrDefault(l.to(), List.of())) {
            if (network ? MOVES.stream().anyMatch(k -> enables(f, k)) : enables(f, "privilege-escalation")) {
                return f;
            }
        }
        return null;
    }

    private String firstKind(Finding f) {
        return enables(f, "privilege-escalation") && !enables(f, "lateral-movement") && !enables(f, "initial-access")
                ? "privilege-escalation" : enables(f, "lateral-movement") || enables(f, "initial-access") ? "lateral-movement"
                : "privilege-escalation";
    }

    private boolean enables(Finding f, String step) {
        ThreatDef t = kb.threat(f.threatId());
        return t != null && t.enables().contains(step);
    }

    /** A step into or out of an unsegmented zone: say whether the model states it flat or only leaves it unsaid. */
    private String flatness(Link l) {
        String zone = index.kindOf(l.to()).equals("zone") ? l.to() : l.from();
        return index.segmented(zone) == null ? " (the model does not say the zone is segmented, so every member may be in reach)"
                : " (unsegmented, so every member is in reach)";
    }

    /** The monitoring gaps on the path's elements and of the whole system: the attack is less likely to be noticed. */
    private List<String> detectionGaps(ScenarioBuilder.Candidate c, Map<String, List<Finding>> byTarget) {
        LinkedHashSet<String> on = new LinkedHashSet<>();
        on.add(c.entry());
        c.path().forEach(l -> on.add(l.to()));
        on.add(index.systemId());
        List<String> gaps = new ArrayList<>();
        for (String element : on) {
            for (Finding f : byTarget.getOrDefault(element, List.of())) {
                if (enables(f, "evades-detection") && !gaps.contains(f.id())) {
                    gaps.add(f.id());
                }
            }
        }
        return List.copyOf(gaps);
    }

    /** The same arithmetic as the candidate's risk, one factor per term. */
    private List<Factor> factors(ScenarioBuilder.Candidate c, Finding entry, String impactThreat, PathScores scores) {
        List<Factor> factors = new ArrayList<>();
        factors.add(entry == null ? Factor.of("likelihood", c.risk().likelihood(), "likelihood at the entry point")
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
        Finding impact = scores.impactFinding(impactThreat, c.target());
        if (impact != null && (impact.threatId().equals(impactThreat) || !PathScores.RANSOMWARE.equals(impactThreat))) {
            factors.add(Factor.of("impact", impact.risk().impact(), "impact of the finding on the target " + impact.id()));
        } else if (PathScores.RANSOMWARE.equals(impactThreat)) {
            factors.addAll(ScenarioImpact.ransomware(kb, index).factors());
        } else {
            factors.addAll(ScenarioImpact.theft(kb, index, c.target()).factors());
        }
        return List.copyOf(factors);
    }

    /** {@code fallback}: the technique when there is no finding, or its threat names none. */
    private Step step(int n, String kind, String element, String via, Finding f, String fallback, String text) {
        String technique = fallback;
        if (f != null) {
            ThreatDef threat = kb.threat(f.threatId());
            technique = threat != null && threat.attack() != null && !threat.attack().isEmpty() ? threat.attack().get(0) : fallback;
        }
        return new Step(n, kind, element, index.kindOf(element), via, f == null ? null : f.id(), f == null ? null : f.threatId(),
                technique, text + (f == null ? "" : ", exploiting: " + f.title()));
    }
}
