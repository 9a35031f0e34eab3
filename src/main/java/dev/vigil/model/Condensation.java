package dev.vigil.model;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The link graph's strongly connected components and, per component, everything it reaches: what
 * the reachability questions of {@link LinkGraph} are answered from. Every element of a component
 * reaches every other, so one set per component serves all its entry points, and a component's set
 * is the union of its successors' sets (Tarjan's algorithm emits a component only after everything
 * it reaches): one pass over the condensation instead of a walk of the whole graph per entry point.
 * Tarjan runs on an explicit stack: models can be deep enough to overflow the thread's stack.
 */
final class Condensation {

    /** Element ids, sorted: bit i of a reach set is {@code ids[i]}, so sets iterate in id order. */
    private final String[] ids;
    private final Map<String, Integer> index;
    private final int[][] next;
    /** Element → component; components are numbered in Tarjan's order, so successors come first. */
    private final int[] component;
    private final int components;
    /** Component c's members are {@code members[memberStart[c] .. memberStart[c + 1])}. */
    private final int[] memberStart;
    private final int[] members;
    /** Component → its members and everything they reach (zero or more links), built on first use. */
    private BitSet[] down;

    Condensation(Map<String, List<String>> adjacency) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(adjacency.keySet());
        adjacency.values().forEach(all::addAll);
        ids = all.toArray(String[]::new);
        index = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        next = new int[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            next[i] = adjacency.getOrDefault(ids[i], List.of()).stream().mapToInt(index::get).toArray();
        }
        component = new int[ids.length];
        components = tarjan();
        memberStart = new int[components + 1];
        for (int c : component) {
            memberStart[c + 1]++;
        }
        for (int c = 0; c < components; c++) {
            memberStart[c + 1] += memberStart[c];
        }
        members = new int[ids.length];
        int[] fill = Arrays.copyOf(memberStart, components);
        for (int v = 0; v < ids.length; v++) {
            members[fill[component[v]]++] = v;
        }
    }

    /** Numbers the components; returns how many there are. */
    private int tarjan() {
        int n = ids.length;
        int[] order = new int[n];
        int[] low = new int[n];
        Arrays.fill(order, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int top = 0;
        int[] callNode = new int[n];  // the explicit call stack: node and how far through its links
        int[] callEdge = new int[n];
        int counter = 0;
        int found = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callEdge[0] = 0;
            order[root] = low[root] = counter++;
            stack[top++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                if (callEdge[depth] < next[v].length) {
                    int w = next[v][callEdge[depth]++];
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack[top++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                if (low[v] == order[v]) {
                    int w;
                    do {
                        w = stack[--top];
                        onStack[w] = false;
                        component[w] = found;
                    } while (w != v);
                    found++;
                }
                depth--;
                if (depth >= 0) {
                    int parent = callNode[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return found;
    }

    /** Everything the origin reaches over one or more links, but itself; empty if it has no links. */
    synchronized ReachSet reachOf(String origin) {
        Integer o = index.get(origin);
        if (o == null) {
            return ReachSet.EMPTY;
        }
        // a member of a cycle reaches itself, but a walk from the origin never counts the origin
        return new ReachSet(ids, index, down()[component[o]], o);
    }

    private BitSet[] down() {
        if (down == null) {
            down = new BitSet[components];
            int[] lastSeen = new int[components];
            Arrays.fill(lastSeen, -1);
            for (int c = 0; c < components; c++) { // successors first: their sets are complete
                BitSet set = new BitSet(ids.length);
                for (int m = memberStart[c]; m < memberStart[c + 1]; m++) {
                    set.set(members[m]);
                }
                for (int m = memberStart[c]; m < memberStart[c + 1]; m++) {
                    for (int w : next[members[m]]) {
                        int d = component[w];
                        if (d != c && lastSeen[d] != c) {
                            lastSeen[d] = c;
                            set.or(down[d]);
                        }
                    }
                }
                down[c] = set;
            }
        }
        return down;
    }

    /**
     * Everything that some origin other than itself reaches, in one pass over the condensation: a
     * component is reached when a component before it on some path holds an origin or is reached
     * itself; an element is reached when its component is, or when its component holds an origin
     * other than itself (the members of a component reach each other).
     */
    ReachSet reachedFrom(Collection<String> origins) {
        int[] holds = new int[components];
        boolean[] isOrigin = new boolean[ids.length];
        for (String origin : origins) {
            Integer o = index.get(origin);
            if (o != null && !isOrigin[o]) {
                isOrigin[o] = true;
                holds[component[o]]++;
            }
        }
        boolean[] reached = new boolean[components];
        for (int c = components - 1; c >= 0; c--) { // predecessors first
            if (holds[c] == 0 && !reached[c]) {
                continue;
            }
            for (int m = memberStart[c]; m < memberStart[c + 1]; m++) {
                for (int w : next[members[m]]) {
                    if (component[w] != c) {
                        reached[component[w]] = true;
                    }
                }
            }
        }
        BitSet set = new BitSet(ids.length);
        for (int v = 0; v < ids.length; v++) {
            int c = component[v];
            if (reached[c] || holds[c] - (isOrigin[v] ? 1 : 0) > 0) {
                set.set(v);
            }
        }
        return new ReachSet(ids, index, set, -1);
    }
}
