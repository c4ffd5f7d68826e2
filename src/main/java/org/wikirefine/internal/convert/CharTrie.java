package org.wikirefine.internal.convert;

import java.util.Arrays;
import java.util.Map;

/**
 * A trie over UTF-16 units mapping keys to replacement strings, for leftmost-longest matching (PHP
 * {@code strtr}, which MediaWiki's {@code ReplacementArray} uses).
 *
 * <p>Flat, for the matcher's memory traffic: nodes are int ids, and every edge (parent id, unit) lives in one
 * open-addressing table of {@code long}s that also holds the child's flags ({@link #hasValue}, "has children"). A
 * step of a walk is one hash probe, usually one cache line, and a walk reads no value until it has found its
 * match ({@link #value}). The root is either a direct 64K array (the shared base tables: "no key starts here" is one
 * array read) or an edge of the table behind a bitmap of first units (page overlays and rule layers: cheap to
 * create). A walk position is a <em>state</em>: the node id with its flags, 0 for "no node".
 *
 * <p>Mutable for page overlays; the shared tables are built once and then only read, so concurrent reads are safe
 * after safe publication.
 */
final class CharTrie {

    /** Node ids take 23 bits so that an edge (parent id, unit, child state) fits one long. */
    private static final int ID_BITS = 23;
    private static final int ID_MASK = (1 << ID_BITS) - 1;
    private static final int VALUE = 1 << ID_BITS;
    private static final int KIDS = 1 << (ID_BITS + 1);
    private static final int STATE_BITS = ID_BITS + 2;
    private static final long STATE_MASK = (1L << STATE_BITS) - 1;
    /** Largest number of nodes (id 0 is the root): far above any table or page (a 2 MB page has fewer units). */
    static final int MAX_NODES = ID_MASK;

    /** Dense root: the state of the root's child per unit; null while sparse (root edges are in {@link #edges}). */
    private final int[] root;
    /** Bit {@code c % 64} of word {@code c / 64} set for every first unit of a key (present or removed). */
    private final long[] firstUnits = new long[1024];
    /** Edges: {@code (parent << 16 | unit) << STATE_BITS | childState}, 0 = empty slot; linear probing. */
    private long[] edges;
    private int edgeCount;
    private String[] values;
    private int nodes = 1;
    private int size;

    /** A sparse trie, cheap to create: for per-page rule overlays and rule layers. */
    CharTrie() {
        this(false);
    }

    CharTrie(boolean dense) {
        root = dense ? new int[65536] : null;
        edges = new long[16];
        values = new String[16];
    }

    /** A trie that stays sparse however many keys it gets: for tables kept by the thousand (rule layers). */
    static CharTrie sparse() {
        return new CharTrie(false);
    }

    static CharTrie of(Map<String, String> pairs) {
        CharTrie t = new CharTrie(true);
        for (Map.Entry<String, String> e : pairs.entrySet()) {
            t.put(e.getKey(), e.getValue());
        }
        return t;
    }

    // ---- walking (the matcher's hot path) ----------------------------------------------------------------

    /** The state after the first unit {@code c}, or 0 if no key starts with it. */
    int rootChild(char c) {
        if (root != null) {
            return root[c];
        }
        if ((firstUnits[c >>> 6] & (1L << c)) == 0) {
            return 0;
        }
        return probe(0, c);
    }

    /** The state after {@code c} from a (non-zero) state, or 0 if no key continues that way. */
    int child(int state, char c) {
        if ((state & KIDS) == 0) {
            return 0;
        }
        return probe(state & ID_MASK, c);
    }

    /** Whether the path to this (non-zero) state is a key. */
    static boolean hasValue(int state) {
        return (state & VALUE) != 0;
    }

    /** The value of a state for which {@link #hasValue} holds. */
    String value(int state) {
        return values[state & ID_MASK];
    }

    /** Whether some key (present or removed) starts with {@code c}: a cheap filter, never a false "no". */
    boolean mayStart(char c) {
        return (firstUnits[c >>> 6] & (1L << c)) != 0;
    }

    /** Sets in {@code bits} (1,024 words) the first units of this trie's keys, as {@link #mayStart} answers. */
    void addFirstUnitsTo(long[] bits) {
        for (int w = 0; w < bits.length; w++) {
            bits[w] |= firstUnits[w];
        }
    }

    private int probe(int parent, char c) {
        long key = edgeKey(parent, c);
        long[] e = edges;
        int mask = e.length - 1;
        for (int h = slot(key, mask); ; h = (h + 1) & mask) {
            long entry = e[h];
            if (entry == 0) {
                return 0;
            }
            if (entry >>> STATE_BITS == key) {
                return (int) (entry & STATE_MASK);
            }
        }
    }

    private static long edgeKey(int parent, char c) {
        return ((long) parent << 16) | c;
    }

    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }

    // ---- building ---------------------------------------------------------------------------------------

    /** Adds or replaces a pair; an empty key is ignored (strtr ignores it too), a null value removes the key. */
    void put(String key, String value) {
        if (key.isEmpty()) {
            return;
        }
        if (value == null) {
            remove(key);
            return;
        }
        int above = 0;   // id of the node above the current one (whose edge to it we may have to rewrite)
        int state = 0;   // the current node: key[0, i)
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            int next = i == 0 ? rootChild(c) : child(state, c);
            if (next == 0) {
                if (i > 0 && (state & KIDS) == 0) {
                    state |= KIDS;
                    setState(above, key.charAt(i - 1), state);
                }
                next = newNode(state & ID_MASK, c);
            }
            above = state & ID_MASK;
            state = next;
        }
        if ((state & VALUE) == 0) {
            size++;
            setState(above, key.charAt(key.length() - 1), state | VALUE);
        }
        values[state & ID_MASK] = value;
    }

    /** Removes a pair (the node stays; its value is cleared). */
    void remove(String key) {
        int state = find(key);
        if (state != 0 && (state & VALUE) != 0) {
            values[state & ID_MASK] = null;
            size--;
            int above = key.length() == 1 ? 0 : find(key.substring(0, key.length() - 1)) & ID_MASK;
            setState(above, key.charAt(key.length() - 1), state & ~VALUE);
        }
    }

    String get(String key) {
        int state = find(key);
        return state != 0 && (state & VALUE) != 0 ? value(state) : null;
    }

    int size() {
        return size;
    }

    /** The state of a key's node, or 0. */
    private int find(String key) {
        if (key.isEmpty()) {
            return 0;
        }
        int state = rootChild(key.charAt(0));
        for (int i = 1; i < key.length() && state != 0; i++) {
            state = child(state, key.charAt(i));
        }
        return state;
    }

    private int newNode(int parent, char c) {
        if (nodes >= MAX_NODES) {
            throw new IllegalStateException("conversion table too large: more than " + MAX_NODES + " nodes");
        }
        int id = nodes++;
        if (id >= values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        if (parent == 0) {
            firstUnits[c >>> 6] |= 1L << c;
            if (root != null) {
                root[c] = id;
                return id;
            }
        }
        if ((edgeCount + 1) * 2 > edges.length) {
            grow();
        }
        insert(edges, edgeKey(parent, c), id);
        edgeCount++;
        return id;
    }

    /** Rewrites the flags of an existing edge (the child id stays). */
    private void setState(int parent, char c, int state) {
        if (parent == 0 && root != null) {
            root[c] = state;
            return;
        }
        long key = edgeKey(parent, c);
        int mask = edges.length - 1;
        int h = slot(key, mask);
        while (edges[h] >>> STATE_BITS != key) {
            h = (h + 1) & mask;
        }
        edges[h] = key << STATE_BITS | state;
    }

    private void grow() {
        long[] bigger = new long[edges.length * 2];
        for (long entry : edges) {
            if (entry != 0) {
                insert(bigger, entry >>> STATE_BITS, (int) (entry & STATE_MASK));
            }
        }
        edges = bigger;
    }

    private static void insert(long[] table, long key, int state) {
        int mask = table.length - 1;
        int h = slot(key, mask);
        while (table[h] != 0) {
            h = (h + 1) & mask;
        }
        table[h] = key << STATE_BITS | state;
    }
}
