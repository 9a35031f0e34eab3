package dev.vigil.analysis;

import dev.vigil.model.ScenarioSeed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * The requests per entry point, in entry order and, for one entry point, in seed order. A seed
 * that names only its target asks every entry point: it is kept once and merged into each
 * entry point's list as that is read, not copied per entry point (seeds × entry points requests,
 * 6.3 million at 8,000 components).
 */
final class ScenarioRequests {

    /**
     * A seed, its place in the seed list (the last tie-break between paths), and the targets it asks
     * paths to, also by their numbers in the attack graph.
     */
    record Request(ScenarioSeed seed, int position, List<String> targets, int[] targetNumbers) {
    }

    private final List<Request> all = new ArrayList<>();
    private final List<Integer> everyEntry = new ArrayList<>(); // positions in all, ascending
    private final Map<String, List<Integer>> byEntry = new TreeMap<>(); // the same, per named entry
    private final Set<String> allEntries;
    private final List<String> entries;

    ScenarioRequests(List<ScenarioSeed> seeds, List<String> targets, List<String> allEntries, ToIntFunction<String> number) {
        int[] allNumbers = targets.stream().mapToInt(number).toArray();
        for (ScenarioSeed seed : seeds) {
            int at = all.size();
            all.add(seed.target() != null ? new Request(seed, at, List.of(seed.target()), new int[] {number.applyAsInt(seed.target())})
                    : new Request(seed, at, targets, allNumbers));
            if (seed.entry() != null) {
                byEntry.computeIfAbsent(seed.entry(), k -> new ArrayList<>()).add(at);
            } else {
                everyEntry.add(at);
            }
        }
        this.allEntries = Set.copyOf(allEntries);
        TreeSet<String> sorted = new TreeSet<>(byEntry.keySet());
        if (!everyEntry.isEmpty()) {
            sorted.addAll(allEntries);
        }
        entries = List.copyOf(sorted);
    }

    List<String> entries() {
        return entries;
    }

    /** The entry point's own requests and, if it is an entry point, those of every one, in seed order. */
    List<Request> of(String entry) {
        List<Integer> own = byEntry.getOrDefault(entry, List.of());
        List<Integer> every = allEntries.contains(entry) ? everyEntry : List.of();
        List<Request> out = new ArrayList<>(own.size() + every.size());
        int i = 0;
        int j = 0;
        while (i < own.size() || j < every.size()) {
            boolean takeOwn = j == every.size() || (i < own.size() && own.get(i) < every.get(j));
            out.add(all.get(takeOwn ? own.get(i++) : every.get(j++)));
        }
        return out;
    }
}
