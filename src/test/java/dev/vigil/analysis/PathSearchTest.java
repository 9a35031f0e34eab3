package dev.vigil.analysis;

import dev.vigil.model.Link;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The bounded cheapest-path search and the all-pairs reach count, held to walking every path by hand. */
class PathSearchTest {

    @Test
    void aDearerShorterWayOnIsFoundWhenTheCheapWayIsTooLong() {
        // a → b directly behind two guards (weight 5), or over x1..x3 in four open links (weight 4); then b → t.
        List<Link> links = List.of(link("a", "b", 2), link("a", "x1", 0), link("x1", "x2", 0), link("x2", "x3", 0),
                link("x3", "b", 0), link("b", "t", 0));
        AttackGraph graph = new AttackGraph(links, List.of(), id -> false);
        PathSearch.Tree tree = new PathSearch(graph, 4).from("a", Integer.MAX_VALUE);

        PathSearch.Arrival atB = tree.arrival(graph.number("b"));
        assertThat(atB.weight()).isEqualTo(4);
        assertThat(tree.pathTo(graph.number("b"))).extracting(Link::to).containsExactly("x1", "x2", "x3", "b");
        PathSearch.Arrival atT = tree.arrival(graph.number("t"));
        assertThat(atT).isNotNull(); // five links the cheap way: only the guarded link leaves room for the last step
        assertThat(atT.weight()).isEqualTo(6);
        assertThat(atT.guards()).isEqualTo(2);
        assertThat(tree.pathTo(graph.number("t"))).extracting(Link::to).containsExactly("b", "t");
    }

    @Test
    void searchesFindTheCheapestPathWithinTheDepthAsWalkingEveryPathDoes() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            int n = 2 + random.nextInt(9);
            List<Link> links = randomLinks(random, n);
            Set<String> zones = Set.of("e0", "e3");
            AttackGraph graph = new AttackGraph(links, names(n), zones::contains);
            int depth = 1 + random.nextInt(4);
            PathSearch search = new PathSearch(graph, depth);
            for (int from = 0; from < n; from++) {
                int maxWeight = random.nextBoolean() ? Integer.MAX_VALUE : random.nextInt(8);
                PathSearch.Tree tree = search.from("e" + from, maxWeight);
                Best[] expected = walk(links, zones, "e" + from, depth, n);
                for (int to = 0; to < n; to++) {
                    int i = graph.number("e" + to);
                    PathSearch.Arrival at = tree.arrival(i);
                    Best want = expected[to];
                    String where = "round " + round + ", e" + from + " → e" + to + ", depth " + depth + ", max weight " + maxWeight;
                    if (want == null || want.weight > maxWeight) {
                        assertThat(at).as(where).isNull();
                        continue;
                    }
                    assertThat(at).as(where).isNotNull();
                    assertThat(at.weight()).as(where).isEqualTo(want.weight);
                    assertThat(at.depth()).as(where + ": fewest links among the cheapest").isEqualTo(want.links);
                    List<Link> path = tree.pathTo(i);
                    assertThat(path).as(where).hasSize(want.links);
                    assertThat(path.stream().mapToInt(l -> weight(l, zones)).sum()).as(where).isEqualTo(want.weight);
                    assertThat(path.stream().mapToInt(Link::cost).sum()).as(where).isEqualTo(at.guards());
                    assertThat(path.stream().filter(l -> !zones.contains(l.to())).count()).as(where).isEqualTo(at.hops());
                    for (int k = 0; k < path.size(); k++) {
                        assertThat(path.get(k).from()).as(where).isEqualTo(k == 0 ? "e" + from : path.get(k - 1).to());
                    }
                }
            }
        }
    }

    @Test
    void pairReachCountsWhatTheSearchesReach() {
        Random random = new Random(5);
        for (int round = 0; round < 100; round++) {
            int n = 2 + random.nextInt(150);
            List<Link> links = randomLinks(random, n);
            AttackGraph graph = new AttackGraph(links, names(n), id -> id.endsWith("7"));
            int depth = 1 + random.nextInt(6);
            PathSearch search = new PathSearch(graph, depth);
            List<String> entries = names(n).stream().filter(e -> random.nextInt(3) > 0).toList();
            List<String> visited = new ArrayList<>();
            int finalRound = round;
            new PairReach(graph, depth).visit(entries, (entry, reached) -> {
                visited.add(entry);
                PathSearch.Tree tree = search.from(entry, Integer.MAX_VALUE);
                for (int i = 0; i < graph.size(); i++) {
                    assertThat(reached.test(i)).as("round " + finalRound + ": " + entry + " → " + graph.id(i))
                            .isEqualTo(tree.arrival(i) != null);
                }
            });
            assertThat(visited).isEqualTo(entries);
        }
    }

    @Test
    void aTreeCannotBeReadAfterTheNextSearch() {
        AttackGraph graph = new AttackGraph(List.of(link("a", "b", 0)), List.of(), id -> false);
        PathSearch search = new PathSearch(graph, 3);
        PathSearch.Tree first = search.from("a", Integer.MAX_VALUE);
        search.from("b", Integer.MAX_VALUE);
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> first.arrival(0));
    }

    /** The cheapest weight to each element over every walk of at most {@code depth} links, and the fewest links among those. */
    private record Best(int weight, int links) {
    }

    private static Best[] walk(List<Link> links, Set<String> zones, String from, int depth, int n) {
        Best[] best = new Best[n];
        walk(links, zones, from, 0, 0, depth, best);
        return best;
    }

    private static void walk(List<Link> links, Set<String> zones, String at, int weight, int used, int depth, Best[] best) {
        int i = Integer.parseInt(at.substring(1));
        if (best[i] == null || weight < best[i].weight || weight == best[i].weight && used < best[i].links) {
            best[i] = new Best(weight, used);
        }
        if (used < depth) {
            for (Link l : links) {
                if (l.from().equals(at)) {
                    walk(links, zones, l.to(), weight + weight(l, zones), used + 1, depth, best);
                }
            }
        }
    }

    private static int weight(Link l, Set<String> zones) {
        return 2 * l.cost() + (zones.contains(l.to()) ? 0 : 1);
    }

    private static List<Link> randomLinks(Random random, int n) {
        List<Link> links = new ArrayList<>();
        int count = random.nextInt(n * 3);
        for (int k = 0; k < count; k++) {
            links.add(new Link("e" + random.nextInt(n), "e" + random.nextInt(n), "via" + k, "rule" + random.nextInt(3), random.nextInt(3)));
        }
        return links;
    }

    private static List<String> names(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("e" + i);
        }
        return names;
    }

    private static Link link(String from, String to, int cost) {
        return new Link(from, to, from + "-" + to, "test-link", cost);
    }
}
