package dev.vigil.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every link of the session as one adjacency (element → the elements it links to), built once
 * from all {@link Link} facts, and the reachability questions rules ask of it. The answers come from
 * the graph's strongly connected components, worked out once per graph (see {@link Condensation}),
 * not from a walk per question. Equal graphs are those of equal links, as truth maintenance needs.
 */
public final class LinkGraph {

    private final Map<String, List<String>> next;
    private final int links;
    private final String ruleId;
    private Condensation condensation;

    public LinkGraph(Map<String, List<String>> next, int links, String ruleId) {
        this.next = next;
        this.links = links;
        this.ruleId = ruleId;
    }

    public Map<String, List<String>> next() {
        return next;
    }

    public int links() {
        return links;
    }

    public String ruleId() {
        return ruleId;
    }

    /** Everything the origin reaches over one or more links, the origin itself left out. */
    public ReachSet reachOf(String origin) {
        return condensation().reachOf(origin);
    }

    /** Everything that one of the origins reaches, other than an origin that only it reaches itself. */
    public ReachSet reachedFrom(Collection<String> origins) {
        return condensation().reachedFrom(origins);
    }

    private synchronized Condensation condensation() {
        if (condensation == null) {
            condensation = new Condensation(next);
        }
        return condensation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkGraph g && g.links == links && g.ruleId.equals(ruleId) && g.next.equals(next);
    }

    @Override
    public int hashCode() {
        return Objects.hash(next, links, ruleId);
    }

    @Override
    public String toString() {
        return "LinkGraph[" + links + " links]";
    }
}
