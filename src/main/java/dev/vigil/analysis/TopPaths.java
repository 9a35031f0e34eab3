package dev.vigil.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;

/**
 * The best few paths to one target, by risk, then id, then entry point and seed (so which of two
 * equal paths is kept does not depend on the order they come in). What it keeps it also keeps in
 * the set of leaders shared by all targets, from which the scenarios written are taken.
 */
final class TopPaths {

    static final Comparator<ScenarioBuilder.Candidate> RANKING =
            Comparator.comparingInt((ScenarioBuilder.Candidate c) -> -c.risk().score()).thenComparing(ScenarioBuilder.Candidate::id)
                    .thenComparing(ScenarioBuilder.Candidate::entry).thenComparingInt(ScenarioBuilder.Candidate::position);

    private final int limit;
    private final NavigableSet<ScenarioBuilder.Candidate> leaders;
    private final List<ScenarioBuilder.Candidate> kept = new ArrayList<>();

    TopPaths(int limit, NavigableSet<ScenarioBuilder.Candidate> leaders) {
        this.limit = limit;
        this.leaders = leaders;
    }

    /** Whether a path of this score would be turned away whatever its id: the list is full and its last scores higher. */
    boolean turnsAway(int score) {
        return kept.size() >= limit && kept.get(limit - 1).risk().score() > score;
    }

    /** Whether the candidate would be kept now: the list has room, or it ranks above the last kept. */
    boolean admits(ScenarioBuilder.Candidate c) {
        return kept.size() < limit || RANKING.compare(kept.get(limit - 1), c) > 0;
    }

    void offer(ScenarioBuilder.Candidate c) {
        if (!admits(c)) {
            return; // worse than the last kept (had one of the same id been kept, it would rank better)
        }
        int at = 0;
        while (at < kept.size() && RANKING.compare(kept.get(at), c) < 0) {
            if (kept.get(at).id().equals(c.id())) {
                return; // the same scenario from a second seed or entry point: already kept, and better
            }
            at++;
        }
        kept.stream().filter(k -> k.id().equals(c.id())).findFirst().ifPresent(worse -> {
            kept.remove(worse);
            leaders.remove(worse);
        });
        kept.add(at, c);
        leaders.add(c);
        if (kept.size() > limit) {
            leaders.remove(kept.remove(kept.size() - 1));
        }
    }
}
