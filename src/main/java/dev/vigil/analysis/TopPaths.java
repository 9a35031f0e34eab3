package dev.vigil.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/** The best few paths to one target, by risk then id; counts the ones it turned away. */
final class TopPaths {

    static final Comparator<ScenarioBuilder.Candidate> RANKING =
            Comparator.comparingInt((ScenarioBuilder.Candidate c) -> -c.risk().score()).thenComparing(ScenarioBuilder.Candidate::id);

    private final int limit;
    private final List<ScenarioBuilder.Candidate> kept = new ArrayList<>();
    // the scenarios offered, by number (a scenario's id without the target, numbered by the builder):
    // a set of the ids themselves held a string per entry point × target, 7 million at 8,000 components
    private final BitSet seen = new BitSet();

    TopPaths(int limit) {
        this.limit = limit;
    }

    /**
     * Whether a path of this score would be turned away whatever its id: the list is full and its
     * last ranks higher on score alone. Most paths end here; the builder then only counts them
     * ({@link #turnedAway}) without making a candidate (an id string and a record per path).
     */
    boolean turnsAway(int score) {
        return kept.size() == limit && kept.get(limit - 1).risk().score() > score;
    }

    /** Counts a path that {@link #turnsAway} its score, as {@link #offer} would have. */
    void turnedAway(int number) {
        seen.set(number);
    }

    /** A candidate path; {@code number} stands for its id (equal ids, equal numbers). */
    void offer(ScenarioBuilder.Candidate c, int number) {
        seen.set(number);
        if (kept.size() == limit && RANKING.compare(kept.get(limit - 1), c) < 0) {
            return; // worse than the last kept: most candidates end here (had it been kept, same id would rank better)
        }
        int at = 0;
        while (at < kept.size() && RANKING.compare(kept.get(at), c) <= 0) {
            if (kept.get(at).id().equals(c.id())) {
                return; // the same scenario from a second seed of its kind: already kept, and better
            }
            at++;
        }
        kept.removeIf(k -> k.id().equals(c.id()));
        kept.add(at, c);
        if (kept.size() > limit) {
            kept.remove(kept.size() - 1);
        }
    }

    List<ScenarioBuilder.Candidate> kept() {
        return kept;
    }

    /** Distinct scenarios turned away: the same scenario offered by two seeds counts once. */
    int dropped() {
        return seen.cardinality() - kept.size();
    }
}
