package dev.vigil.analysis;

import dev.vigil.engine.RuleBase;
import dev.vigil.engine.RuleInfo;
import dev.vigil.model.Link;
import dev.vigil.model.ScenarioSeed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays out each scenario seed as steps: the shortest path over derived {@link Link}s from the
 * entry point to the target (ties broken by id, so the result is deterministic), each step tied to
 * the worst finding on its element. Bounded in depth and in scenarios per kind.
 */
final class ScenarioBuilder {

    private final RuleBase rules;
    private final ModelIndex index;
    private final ScenarioLimits limits;

    ScenarioBuilder(RuleBase rules, ModelIndex index, ScenarioLimits limits) {
        this.rules = rules;
        this.index = index;
        this.limits = limits;
    }

    record Result(List<Scenario> scenarios, int truncated) {
    }

    Result build(List<ScenarioSeed> seeds, List<Link> links, List<Finding> findings) {
        Map<String, List<Link>> adjacency = new HashMap<>();
        links.forEach(l -> adjacency.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l));
        adjacency.values().forEach(l -> l.sort(Comparator.comparing(Link::to).thenComparing(Link::via)));
        Map<String, List<Finding>> byTarget = new HashMap<>();
        findings.forEach(f -> byTarget.computeIfAbsent(f.target(), k -> new ArrayList<>()).add(f));
        // rank every seed by its risk first; only the scenarios kept are laid out in words
        Map<String, Candidate> unique = new TreeMap<>();
        Map<String, Map<String, Link>> treeByEntry = new HashMap<>();
        int truncated = 0;
        for (ScenarioSeed seed : seeds) {
            Map<String, Link> tree = treeByEntry.computeIfAbsent(seed.entry(), e -> breadthFirst(adjacency, e));
            List<Link> path = seed.entry().equals(seed.target()) ? List.of()
                    : tree.containsKey(seed.target()) ? unwind(tree, seed.entry(), seed.target()) : null;
            if (path == null) {
                truncated++;
                continue;
            }
            Candidate c = new Candidate(seed, path, id(seed), risk(seed, path, byTarget).score());
            unique.merge(c.id(), c, (a, b) -> a.score() >= b.score() ? a : b);
        }
        Map<String, List<Candidate>> byKind = new TreeMap<>();
        unique.values().forEach(c -> byKind.computeIfAbsent(c.seed().kind(), k -> new ArrayList<>()).add(c));
        List<Scenario> out = new ArrayList<>();
        for (List<Candidate> kind : byKind.values()) {
            kind.sort(Comparator.comparingInt((Candidate c) -> -c.score()).thenComparing(Candidate::id));
            kind.subList(0, Math.min(limits.maxPerKind(), kind.size())).forEach(c -> out.add(scenario(c.seed(), c.path(), byTarget)));
            truncated += Math.max(0, kind.size() - limits.maxPerKind());
        }
        out.sort(RANKING);
        return new Result(List.copyOf(out), truncated);
    }

    private record Candidate(ScenarioSeed seed, List<Link> path, String id, int score) {
    }

    private static final Comparator<Scenario> RANKING = Comparator.comparingInt((Scenario s) -> -s.risk().score())
            .thenComparing(Scenario::id);

    /**
     * The shortest-path tree from an entry point (each reached node → the link it was first reached
     * over), within the depth limit; computed once per entry point and shared by its scenarios.
     */
    private Map<String, Link> breadthFirst(Map<String, List<Link>> adjacency, String from) {
        Map<String, Link> cameFrom = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(from));
        Map<String, Integer> depth = new HashMap<>(Map.of(from, 0));
        while (!queue.isEmpty()) {
            String node = queue.poll();
            if (depth.get(node) >= limits.maxDepth()) {
                continue;
            }
            for (Link l : adjacency.getOrDefault(node, List.of())) {
                if (depth.containsKey(l.to())) {
                    continue;
                }
                depth.put(l.to(), depth.get(node) + 1);
                cameFrom.put(l.to(), l);
                queue.add(l.to());
            }
        }
        return cameFrom;
    }

    private static List<Link> unwind(Map<String, Link> cameFrom, String from, String to) {
        List<Link> path = new ArrayList<>();
        for (String cur = to; !cur.equals(from); cur = cameFrom.get(cur).from()) {
            path.add(cameFrom.get(cur));
        }
        Collections.reverse(path);
        return path;
    }

    private Scenario scenario(ScenarioSeed seed, List<Link> path, Map<String, List<Finding>> byTarget) {
        RuleInfo rule = rules.rule(seed.ruleId());
        String impactThreat = rule.meta("impact");
        List<Step> steps = new ArrayList<>();
        Finding entry = worst(byTarget, seed.entry(), null);
        steps.add(step(1, "entry", seed.entry(), null, entry, "Attacker gets in through " + index.label(seed.entry())));
        for (int i = 0; i < path.size(); i++) {
            Link l = path.get(i);
            boolean last = i == path.size() - 1;
            String phase = last ? "impact" : i == 0 ? "foothold" : "lateral movement";
            Finding f = worst(byTarget, l.to(), last ? impactThreat : null);
            String verb = last ? "Reaches the target " : index.kindOf(l.to()).equals("zone") ? "Moves freely inside "
                    : i == 0 ? "Establishes a foothold on " : "Moves on to ";
            String over = l.via().equals(l.to()) || l.via().equals(l.from()) && index.kindOf(l.from()).equals("zone")
                    ? " (unsegmented, so every member is in reach)" : " via " + index.label(l.via());
            steps.add(step(steps.size() + 1, phase, l.to(), l.via(), f, verb + index.label(l.to()) + over));
        }
        if (path.isEmpty()) {
            Finding f = worst(byTarget, seed.target(), impactThreat);
            steps.add(step(2, "impact", seed.target(), null, f, "Acts on " + index.label(seed.target()) + " directly"));
        }
        return withRisk(seed, rule, steps, entry, worst(byTarget, seed.target(), impactThreat), hops(path));
    }

    /** The scenario's risk alone: what ranks it, computed for every seed. */
    private Risk risk(ScenarioSeed seed, List<Link> path, Map<String, List<Finding>> byTarget) {
        Finding entry = worst(byTarget, seed.entry(), null);
        Finding impact = worst(byTarget, seed.target(), rules.rule(seed.ruleId()).meta("impact"));
        return new Risk((entry == null ? 3 : entry.risk().likelihood()) - longPath(hops(path)), impact == null ? 3 : impact.risk().impact());
    }

    /** Steps onto components (a zone is not a hop: it stands for "every member is in reach"). */
    private int hops(List<Link> path) {
        return (int) path.stream().filter(l -> !index.kindOf(l.to()).equals("zone")).count();
    }

    /** Likelihood lost on a long path: one point per two hops beyond the first two. */
    private static int longPath(int hops) {
        return Math.max(0, (hops - 2 + 1) / 2);
    }

    private static String id(ScenarioSeed seed) {
        return seed.kind() + ":" + (seed.principal() != null ? seed.principal() : seed.entry()) + "->" + seed.target();
    }

    private Scenario withRisk(ScenarioSeed seed, RuleInfo rule, List<Step> steps, Finding entry, Finding impact, int hops) {
        List<Factor> factors = new ArrayList<>();
        int likelihood = entry == null ? 3 : entry.risk().likelihood();
        factors.add(Factor.of("likelihood", likelihood, entry == null ? "no finding at the entry point; assumed possible"
                : "likelihood of the entry finding " + entry.id()));
        int longPath = longPath(hops);
        if (longPath > 0) {
            likelihood -= longPath;
            factors.add(Factor.of("likelihood", -longPath, hops + " hops from entry to target"));
        }
        int impactValue = impact == null ? 3 : impact.risk().impact();
        factors.add(Factor.of("impact", impactValue, impact == null ? "no finding on the target; assumed moderate"
                : "impact of the finding on the target " + impact.id()));
        String id = id(seed);
        String title = rule.meta("title") == null ? seed.kind() : rule.meta("title");
        return new Scenario(id, seed.kind(), title + ": " + index.nameOf(seed.entry()) + " → " + index.nameOf(seed.target()),
                List.copyOf(steps), new Risk(likelihood, impactValue), List.copyOf(factors));
    }

    private Step step(int n, String phase, String element, String via, Finding f, String text) {
        return new Step(n, phase, element, index.kindOf(element), via, f == null ? null : f.id(),
                text + (f == null ? "" : ", exploiting: " + f.title()));
    }

    /** The highest-ranked finding on the element, preferring the given threat when present. */
    private static Finding worst(Map<String, List<Finding>> byTarget, String element, String preferredThreat) {
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
