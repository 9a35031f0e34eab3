package dev.vigil.analysis;

import dev.vigil.model.ScenarioSeed;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntBiFunction;

/**
 * The first pass over every entry point: which scenarios reach which targets (a scenario is a seed's
 * kind and who starts it: its principal, else its entry point; two seeds of one scenario are one
 * path), which seeds some path answers, and, per entry point that reaches anything, what its paths
 * can score at best: its highest starting likelihood and the first id its paths can have.
 */
final class PathCounts implements PairReach.Visitor {

    /** An entry point that reaches a target of one of its requests. */
    record Start(String entry, int likelihood, String firstId) {
    }

    private final AttackGraph graph;
    private final ScenarioRequests requests;
    private final ToIntBiFunction<String, ScenarioSeed> likelihood;
    private final Map<String, Integer> numbers = new HashMap<>(); // a scenario's id prefix → its number
    private final Map<Integer, Integer> byPrincipal = new HashMap<>(); // a seed naming a principal, by position → its number
    private final List<String> prefixes = new ArrayList<>(); // by number
    private final BitSet[] perTarget; // per element, the scenarios reaching it, by number
    private final BitSet answered = new BitSet(); // seeds, by position
    private final List<Start> starts = new ArrayList<>();

    /** {@code likelihood}: a path's starting likelihood for an entry point and seed. */
    PathCounts(AttackGraph graph, ScenarioRequests requests, ToIntBiFunction<String, ScenarioSeed> likelihood) {
        this.graph = graph;
        this.perTarget = new BitSet[graph.size()];
        this.requests = requests;
        this.likelihood = likelihood;
    }

    /** The start of a candidate's id: its scenario, then the arrow to its target. */
    static String prefix(ScenarioSeed seed, String entry) {
        return seed.kind() + ":" + (seed.principal() != null ? seed.principal() : entry) + "->";
    }

    @Override
    public void entry(String entry, PairReach.Reached reached) {
        Map<String, Integer> byKind = new HashMap<>(); // the entry point's scenarios, by kind
        Map<String, Integer> byThreat = new HashMap<>(); // its starting likelihoods, by entry threat
        int best = Integer.MIN_VALUE;
        int first = -1; // the number of the scenario whose id comes first
        for (ScenarioRequests.Request r : requests.of(entry)) {
            int number = -1;
            for (int t : r.targetNumbers()) {
                if (reached.test(t)) {
                    number = number >= 0 ? number : number(r, entry, byKind);
                    if (perTarget[t] == null) {
                        perTarget[t] = new BitSet();
                    }
                    perTarget[t].set(number);
                }
            }
            if (number >= 0) {
                answered.set(r.position());
                Integer l = byThreat.get(r.seed().entryThreat());
                if (l == null) {
                    l = likelihood.applyAsInt(entry, r.seed());
                    byThreat.put(r.seed().entryThreat(), l);
                }
                best = Math.max(best, l);
                first = first < 0 || number != first && prefixes.get(number).compareTo(prefixes.get(first)) < 0 ? number : first;
            }
        }
        if (first >= 0) {
            starts.add(new Start(entry, best, prefixes.get(first)));
        }
    }

    /** The request's scenario number from this entry point, its id built only the first time. */
    private int number(ScenarioRequests.Request r, String entry, Map<String, Integer> byKind) {
        if (r.seed().principal() != null) {
            Integer n = byPrincipal.get(r.position());
            if (n == null) {
                n = number(prefix(r.seed(), entry));
                byPrincipal.put(r.position(), n);
            }
            return n;
        }
        Integer n = byKind.get(r.seed().kind());
        if (n == null) {
            n = number(prefix(r.seed(), entry));
            byKind.put(r.seed().kind(), n);
        }
        return n;
    }

    private int number(String prefix) {
        Integer n = numbers.get(prefix);
        if (n == null) {
            n = prefixes.size();
            prefixes.add(prefix);
            numbers.put(prefix, n);
        }
        return n;
    }

    /** Per target reached, the distinct scenarios that reach it. */
    Map<String, Integer> reaching() {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < perTarget.length; i++) {
            if (perTarget[i] != null) {
                out.put(graph.id(i), perTarget[i].cardinality());
            }
        }
        return out;
    }

    /** Seeds no path answers within the depth. */
    int unanswered(int seeds) {
        return seeds - answered.cardinality();
    }

    /** The entry points that reach something, in entry order. */
    List<Start> starts() {
        return starts;
    }
}
