package dev.vigil.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The last pass of the scenario builder: the cheapest paths from the entry points, best bound
 * first, kept per target and ranked overall (the leaders). It stops at the first entry point whose
 * bound cannot beat the last scenario that would be written, and a search does not follow paths too
 * dear to beat it. So the first {@code maxScenarios} leaders are those a search of every entry point
 * would give; the leaders below them may not be, and nothing reads them.
 */
final class PathRanking {

    private final ScenarioLimits limits;
    private final ScenarioRequests requests;
    private final PathScores scores;
    private final PathSearch search;
    private final boolean prune;
    private final NavigableSet<ScenarioBuilder.Candidate> leaders = new TreeSet<>(TopPaths.RANKING);
    private final Map<String, TopPaths> perTarget = new HashMap<>();
    private int searched;

    /** {@code prune} false: search every entry point in full, the reference the tests hold the pruned search to. */
    PathRanking(ScenarioLimits limits, ScenarioRequests requests, PathScores scores, PathSearch search, boolean prune) {
        this.limits = limits;
        this.requests = requests;
        this.scores = scores;
        this.search = search;
        this.prune = prune;
    }

    /** Searches from the entry points in this order; {@code maxImpact}: the highest impact of any target. */
    NavigableSet<ScenarioBuilder.Candidate> rank(List<PathBounds.Bound> order, int maxImpact) {
        for (PathBounds.Bound bound : order) {
            ScenarioBuilder.Candidate last = prune ? lastWritten() : null;
            if (prune && (limits.maxScenarios() == 0 || last != null && bound.cannotBeat(last))) {
                break; // nor can any entry point after it
            }
            offerFrom(search.from(bound.entry(), bound.maxWeight(last, maxImpact)), last);
            searched++;
        }
        return leaders;
    }

    /** The entry points searched so far. */
    int searched() {
        return searched;
    }

    /** The leader that would be written last if the search stopped now, or null while there are fewer. */
    private ScenarioBuilder.Candidate lastWritten() {
        if (leaders.size() < limits.maxScenarios()) {
            return null;
        }
        return leaders.stream().skip(Math.max(0, limits.maxScenarios() - 1)).findFirst().orElse(null);
    }

    private TopPaths topPaths(String target) {
        TopPaths top = perTarget.get(target);
        if (top == null) {
            top = new TopPaths(limits.perTarget(), leaders);
            perTarget.put(target, top);
        }
        return top;
    }

    private void offerFrom(PathSearch.Tree tree, ScenarioBuilder.Candidate last) {
        String entry = tree.entry();
        for (ScenarioRequests.Request r : requests.of(entry)) {
            int likelihood = scores.likelihood(entry, r.seed());
            String prefix = PathCounts.prefix(r.seed(), entry);
            for (int i = 0; i < r.targets().size(); i++) {
                PathSearch.Arrival at = tree.arrival(r.targetNumbers()[i]);
                if (at == null) {
                    continue;
                }
                String t = r.targets().get(i);
                Risk risk = new Risk(likelihood - at.guards() - ScenarioBuilder.longPath(at.hops()), scores.impact(r.seed(), t));
                TopPaths top = topPaths(t);
                if (last != null && risk.score() < last.risk().score() || top.turnsAway(risk.score())) {
                    continue; // most paths end here, before their id is built
                }
                ScenarioBuilder.Candidate c = new ScenarioBuilder.Candidate(r.seed(), r.position(), entry, t, List.of(), prefix + t, risk);
                if ((last == null || TopPaths.RANKING.compare(c, last) < 0) && top.admits(c)) {
                    top.offer(c.withPath(tree.pathTo(r.targetNumbers()[i]))); // only what could be written out is laid out
                }
            }
        }
    }
}
