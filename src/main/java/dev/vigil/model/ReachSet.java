package dev.vigil.model;

import java.util.AbstractSet;
import java.util.BitSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A set of graph elements as bits over the graph's sorted element ids, read-only, iterating in id
 * order. Why not a TreeSet of ids: entry points in one strongly connected component share one bit
 * set (the origin itself is left out by index, not by copying), so reach sets cost an object per
 * entry point and a bit per element per component instead of a tree node per element per entry.
 */
public final class ReachSet extends AbstractSet<String> {

    static final ReachSet EMPTY = new ReachSet(new String[0], Map.of(), new BitSet(), -1);

    private final String[] ids;
    private final Map<String, Integer> index;
    private final BitSet bits; // shared: never written after construction
    private final int excluded;
    private final int size;
    private int hash;

    ReachSet(String[] ids, Map<String, Integer> index, BitSet bits, int excluded) {
        this.ids = ids;
        this.index = index;
        this.bits = bits;
        this.excluded = excluded;
        this.size = bits.cardinality() - (excluded >= 0 && bits.get(excluded) ? 1 : 0);
    }

    @Override
    public boolean contains(Object o) {
        Integer i = index.get(o);
        return i != null && i != excluded && bits.get(i);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int at = skip(bits.nextSetBit(0));

            private int skip(int i) {
                return i >= 0 && i == excluded ? bits.nextSetBit(i + 1) : i;
            }

            @Override
            public boolean hasNext() {
                return at >= 0;
            }

            @Override
            public String next() {
                if (at < 0) {
                    throw new NoSuchElementException();
                }
                String id = ids[at];
                at = skip(bits.nextSetBit(at + 1));
                return id;
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof ReachSet r && r.bits == bits && r.ids == ids) {
            return r.excluded == excluded;
        }
        return super.equals(o);
    }

    /** Cached: facts are hashed by truth maintenance and the evidence map, and the set never changes. */
    @Override
    public int hashCode() {
        if (hash == 0) {
            hash = super.hashCode();
        }
        return hash;
    }
}
