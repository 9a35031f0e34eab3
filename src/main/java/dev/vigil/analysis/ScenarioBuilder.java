package dev.vigil.analysis;

import dev.vigil.engine.RuleBase;
import dev.vigil.model.Derived;
import dev.vigil.model.Link;
import dev.vigil.model.ScenarioSeed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns scenario seeds into attack paths. A seed fixes where a kind of attack starts (an entry
 * point) or where it ends (an attack target); the builder searches the cheapest path from every
 * entry point concerned to every target concerned within the depth limit, keeps the best few per
 * target and the best overall, and reports how many it left out. Only the paths kept are written
 * out as steps.
 */
final class ScenarioBuilder {

    private final RuleBase rules;
    private final ModelIndex index;
    private final ScenarioLimits limits;
    private final StepWriter writer;

    ScenarioBuilder(RuleBase rules, dev.vigil.knowledge.KnowledgeBase kb, ModelIndex index, ScenarioLimits limits) {
        this.rules = rules;
        this.index = index;
        this.limits = limits;
        this.writer = new StepWriter(rules, kb, index);
    }

    record Result(List<Scenario> scenarios, ScenarioTruncation truncated) {
    }

    /**
     * One path found: the seed it answers, its entry point and target, its risk, and the search tree
     * it comes from. The links are laid out only for the candidates kept (most are turned away).
     */
    record Candidate(ScenarioSeed seed, String entry, String target, AttackGraph.Tree tree, String id, Risk risk) {

        List<Link> path() {
            return tree.pathTo(target);
        }
    }

    Result build(List<ScenarioSeed> seeds, List<Link> links, List<Derived> derived, List<Finding> findings) {
        Map<String, List<Finding>> byTarget = new HashMap<>();
        findings.forEach(f -> byTarget.computeIfAbsent(f.target(), k -> new ArrayList<>()).add(f));
        EntryPoints entries = new EntryPoints(rules, derived);
        List<String> targets = derived.stream().filter(d -> d.kind().equals("attack-target")).map(Derived::subject)
                .distinct().sorted().toList();
        ScenarioRequests requests = new ScenarioRequests(seeds, targets, entries.all());
        AttackGraph graph = new AttackGraph(links, id -> index.kindOf(id).equals("zone"));
        Map<String, TopPaths> perTarget = new TreeMap<>();
        Set<ScenarioSeed> answered = new HashSet<>();
        Map<String, Map<String, Integer>> impacts = new HashMap<>(); // impact threat → target → impact
        Map<String, Integer> numbers = new HashMap<>(); // a scenario's id without its target → its number
        for (String entry : requests.entries()) {
            AttackGraph.Tree tree = graph.search(entry, limits.maxDepth());
            for (ScenarioRequests.Request r : requests.of(entry)) {
                Finding first = StepWriter.worst(byTarget, entry, r.seed().entryThreat());
                int likelihood = first != null ? first.risk().likelihood() : entries.likelihood(entry);
                String impactThreat = rules.rule(r.seed().ruleId()).meta("impact");
                Map<String, Integer> impactOf = impacts.computeIfAbsent(String.valueOf(impactThreat), k -> new HashMap<>());
                String scenario = scenarioOf(r.seed(), entry);
                int number = numbers.computeIfAbsent(scenario, k -> numbers.size());
                for (String t : r.targets()) {
                    AttackGraph.Arrival at = tree.arrival(t);
                    if (at != null) {
                        answered.add(r.seed());
                        int impact = impactOf.computeIfAbsent(t, k -> impact(byTarget, t, impactThreat));
                        Risk risk = risk(at, likelihood, impact);
                        TopPaths top = perTarget.computeIfAbsent(t, k -> new TopPaths(limits.perTarget()));
                        if (top.turnsAway(risk.score())) {
                            top.turnedAway(number);
                        } else {
                            top.offer(new Candidate(r.seed(), entry, t, tree, scenario + "->" + t, risk), number);
                        }
                    }
                }
            }
        }
        return keepBest(perTarget, seeds.size() - answered.size(), byTarget, entries);
    }

    /** A scenario's id without its target: its kind and who starts it. */
    private static String scenarioOf(ScenarioSeed seed, String entry) {
        return seed.kind() + ":" + (seed.principal() != null ? seed.principal() : entry);
    }

    private Result keepBest(Map<String, TopPaths> perTarget, int beyondDepth, Map<String, List<Finding>> byTarget,
                            EntryPoints entries) {
        List<Candidate> kept = new ArrayList<>();
        int byTargetLimit = 0;
        for (TopPaths top : perTarget.values()) {
            kept.addAll(top.kept());
            byTargetLimit += top.dropped();
        }
        kept.sort(TopPaths.RANKING);
        int byTotalLimit = Math.max(0, kept.size() - limits.maxScenarios());
        List<Scenario> out = kept.subList(0, kept.size() - byTotalLimit).stream()
                .map(c -> writer.scenario(c, byTarget, entries)).toList();
        return new Result(out, new ScenarioTruncation(byTargetLimit, byTotalLimit, beyondDepth));
    }

    /**
     * The path's risk: the entry point's likelihood (its worst finding's, else what its entry-point
     * rule says), lowered by each guard on the way and by length; the impact of the target.
     */
    private static Risk risk(AttackGraph.Arrival at, int likelihood, int impact) {
        return new Risk(likelihood - at.guards() - longPath(at.hops()), impact);
    }

    /** The impact of an attack on the target: its finding of the seed's impact threat, else its worst; 3 when it has none. */
    private static int impact(Map<String, List<Finding>> byTarget, String target, String impactThreat) {
        Finding last = StepWriter.worst(byTarget, target, impactThreat);
        return last == null ? 3 : last.risk().impact();
    }

    /** Steps onto components (a zone is not a hop: it stands for "every member is in reach"). */
    static int hops(List<Link> path, ModelIndex index) {
        return (int) path.stream().filter(l -> !index.kindOf(l.to()).equals("zone")).count();
    }

    /** Likelihood lost on a long path: one point per two hops beyond the first two. */
    static int longPath(int hops) {
        return Math.max(0, (hops - 1) / 2);
    }

    /** The entry points, with the likelihood and ATT&CK technique their entry-point rules give. */
    static final class EntryPoints {
        private final Map<String, Integer> likelihood = new TreeMap<>();
        private final Map<String, String> technique = new TreeMap<>();

        EntryPoints(RuleBase rules, List<Derived> derived) {
            derived.stream().filter(d -> d.kind().equals("entry-point")).sorted(Comparator.comparing(Derived::ruleId))
                    .forEach(d -> {
                        String l = rules.rule(d.ruleId()).meta("likelihood");
                        likelihood.merge(d.subject(), l == null ? 3 : Integer.parseInt(l), Math::max);
                        technique.putIfAbsent(d.subject(), rules.rule(d.ruleId()).meta("technique"));
                    });
        }

        List<String> all() {
            return List.copyOf(likelihood.keySet());
        }

        int likelihood(String entry) {
            return likelihood.getOrDefault(entry, 3);
        }

        String technique(String entry) {
            return technique.get(entry);
        }
    }
}
