package dev.vigil.analysis;

import dev.vigil.engine.RuleBase;
import dev.vigil.model.Derived;
import dev.vigil.model.Link;
import dev.vigil.model.ScenarioSeed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;

/**
 * Turns scenario seeds into attack paths. A seed fixes where a kind of attack starts (an entry
 * point) or where it ends (an attack target); a path goes from an entry point concerned to a target
 * concerned in at most {@code maxDepth} links. The builder keeps the best few paths per target and
 * the best overall and reports how many it left out, in three passes:
 * <ol>
 * <li>which scenarios reach which targets, for every entry point at once ({@link PairReach}): the
 *     counts of what is left out, and the seeds no path answers;</li>
 * <li>per entry point, the best score its paths can have ({@link PathBounds});</li>
 * <li>the cheapest paths from the entry points in that order, until the next one cannot beat the
 *     last scenario kept. Only the paths kept are laid out.</li>
 * </ol>
 * The paths kept are the same as if every entry point were searched; most are not.
 */
final class ScenarioBuilder {

    private final RuleBase rules;
    private final ModelIndex index;
    private final ScenarioLimits limits;
    private final StepWriter writer;
    private final boolean prune;
    private final dev.vigil.knowledge.KnowledgeBase kb;

    ScenarioBuilder(RuleBase rules, dev.vigil.knowledge.KnowledgeBase kb, ModelIndex index, ScenarioLimits limits) {
        this(rules, kb, index, limits, true);
    }

    /** {@code prune} false: search every entry point in full, the reference the tests hold the pruned search to. */
    ScenarioBuilder(RuleBase rules, dev.vigil.knowledge.KnowledgeBase kb, ModelIndex index, ScenarioLimits limits, boolean prune) {
        this.rules = rules;
        this.index = index;
        this.limits = limits;
        this.writer = new StepWriter(rules, kb, index);
        this.prune = prune;
        this.kb = kb;
    }

    /** The scenarios written, what the bounds left out, and (for benchmarks and tests) how many entry points were searched. */
    record Result(List<Scenario> scenarios, ScenarioTruncation truncated, int entriesSearched) {
    }

    /** One path found: the seed it answers (and its place in the seed list), its ends, its links, id and risk. */
    record Candidate(ScenarioSeed seed, int position, String entry, String target, List<Link> path, String id, Risk risk) {

        Candidate withPath(List<Link> links) {
            return new Candidate(seed, position, entry, target, links, id, risk);
        }
    }

    Result build(List<ScenarioSeed> seeds, List<Link> links, List<Derived> derived, List<Finding> findings) {
        Map<String, List<Finding>> byTarget = new HashMap<>();
        findings.forEach(f -> byTarget.computeIfAbsent(f.target(), k -> new ArrayList<>()).add(f));
        EntryPoints entries = new EntryPoints(derived, byTarget, kb);
        PathScores scores = new PathScores(rules, kb, index, byTarget, entries, seeds);
        List<String> targets = derived.stream().filter(d -> d.kind().equals("attack-target")).map(Derived::subject)
                .distinct().sorted().toList();
        AttackGraph graph = new AttackGraph(links, elementsNamed(seeds, entries, targets), id -> index.kindOf(id).equals("zone"));
        ScenarioRequests requests = new ScenarioRequests(seeds, targets, entries.all(), graph::number);
        PathCounts counts = new PathCounts(graph, requests, scores::likelihood);
        new PairReach(graph, limits.maxDepth()).visit(requests.entries(), counts);
        Map<String, Integer> reaching = counts.reaching();

        Map<String, Integer> highest = new HashMap<>();
        reaching.keySet().forEach(t -> highest.put(t, scores.highestImpact(t)));
        int maxImpact = highest.values().stream().mapToInt(Integer::intValue).max().orElse(3);
        PathRanking ranking = new PathRanking(limits, requests, scores, new PathSearch(graph, limits.maxDepth()), prune);
        NavigableSet<Candidate> leaders = ranking.rank(PathBounds.order(counts.starts(), graph, highest), maxImpact);
        return result(leaders, reaching, counts.unanswered(seeds.size()), byTarget, entries, scores, ranking.searched());
    }

    /** The entry points and targets, whether or not a link touches them: a path may start and end on one. */
    private static List<String> elementsNamed(List<ScenarioSeed> seeds, EntryPoints entries, List<String> targets) {
        List<String> named = new ArrayList<>(entries.all());
        named.addAll(targets);
        seeds.forEach(s -> {
            if (s.entry() != null) {
                named.add(s.entry());
            }
            if (s.target() != null) {
                named.add(s.target());
            }
        });
        return named;
    }

    /** The scenarios written (the best leaders) and what each bound left out, from the scenarios reaching each target. */
    private Result result(NavigableSet<Candidate> leaders, Map<String, Integer> reaching, int beyondDepth,
                          Map<String, List<Finding>> byTarget, EntryPoints entries, PathScores scores, int searched) {
        int byTargetLimit = 0;
        int kept = 0;
        for (int n : reaching.values()) {
            byTargetLimit += Math.max(0, n - limits.perTarget());
            kept += Math.min(limits.perTarget(), n);
        }
        List<Scenario> out = oneActor(leaders.stream().limit(limits.maxScenarios()).toList()).stream()
                .map(c -> writer.scenario(c, byTarget, entries, scores)).toList();
        return new Result(out, new ScenarioTruncation(byTargetLimit, Math.max(0, kept - limits.maxScenarios()), beyondDepth), searched);
    }

    /**
     * The paths kept, with one per actor, kind and target: an actor that appears in the model as a
     * person, a component and a dependency (a vendor's staff, its service, its package, all named
     * alike) is one attacker, so its best path stands for the others. The paths come best first.
     */
    private List<Candidate> oneActor(List<Candidate> kept) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : kept) {
            if (seen.add(c.seed().kind() + " " + actor(c.entry()) + " " + c.target())) {
                out.add(c);
            }
        }
        return out;
    }

    /** An entry point's actor: its display name, in lower case, letters and digits only. */
    private String actor(String entry) {
        String name = index.nameOf(entry).toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        return name.isEmpty() ? entry : name;
    }

    /** Steps onto components (a zone is not a hop: it stands for "every member is in reach"). */
    static int hops(List<Link> path, ModelIndex index) {
        return (int) path.stream().filter(l -> !index.kindOf(l.to()).equals("zone")).count();
    }

    /** Likelihood lost on a long path: one point per two hops beyond the first. */
    static int longPath(int hops) {
        return Math.max(0, (hops - 1) / 2);
    }
}
