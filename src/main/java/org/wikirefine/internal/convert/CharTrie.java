package org.wikirefine.internal.convert;

import java.util.Arrays;
import java.util.Map;

/**
 * A trie over UTF-16 units mapping keys to replacement strings, for leftmost-longest matching (PHP
 * {@code strtr}, which MediaWiki's {@code ReplacementArray} uses). The root is a direct 64K array so the common
 * "no key starts here" case costs one array read; deeper nodes keep sorted child arrays, scanned when short and
 * hashed when a node has many children (docs/conversion.md §2.3).
 * Mutable for page overlays; the shared base tables are built once and then only read, so concurrent reads are
 * safe after safe publication.
 */
final class CharTrie {

    private static final char[] NO_KEYS = new char[0];
    private static final Node[] NO_KIDS = new Node[0];
    /** Children from which a node keeps a hash index (below, a scan of a few units is as fast). */
    private static final int INDEX_FROM = 8;

    static final class Node {
        char[] keys = NO_KEYS;
        Node[] kids = NO_KIDS;
        String value;
        /**
         * Bit {@code c % 64} set for every child unit {@code c}: most lookups ask for a child that is not there (the
         * next character does not continue any key), and this answers them with one test instead of a search.
         */
        long childBits;

        /**
         * For nodes with many children (the first units of phrase tables and the sparse roots of rule layers have
         * hundreds to thousands): an open-addressing index of {@code keys}, so a lookup is a probe or two instead of
         * a binary search with a mispredicted branch per step. Null below {@link #INDEX_FROM} children.
         */
        private char[] indexKeys;
        private Node[] indexKids;

        Node child(char c) {
            if ((childBits & (1L << c)) == 0) {
                return null;
            }
            Node[] ik = indexKids;
            if (ik != null) {
                int mask = ik.length - 1;
                for (int h = indexSlot(c, mask); ; h = (h + 1) & mask) {
                    Node kid = ik[h];
                    if (kid == null || indexKeys[h] == c) {
                        return kid;
                    }
                }
            }
            char[] k = keys;
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) {
                    return kids[i];
                }
            }
            return null;
        }

        private static int indexSlot(char c, int mask) {
            int h = c * 0x9E3779B1;
            return (h ^ (h >>> 16)) & mask;
        }

        /** Adds a child to the index, making or doubling the index when it would be more than half full. */
        private void index(char c, Node kid) {
            int n = keys.length;
            if (n < INDEX_FROM) {
                return;
            }
            if (indexKids == null || n * 2 > indexKids.length) {
                int cap = Integer.highestOneBit(n * 4 - 1);
                char[] ik = new char[cap];
                Node[] in = new Node[cap];
                for (int i = 0; i < n; i++) {
                    insert(ik, in, keys[i], kids[i]);
                }
                indexKeys = ik;
                indexKids = in;
            } else {
                insert(indexKeys, indexKids, c, kid);
            }
        }

        private static void insert(char[] ik, Node[] in, char c, Node kid) {
            int mask = in.length - 1;
            int h = indexSlot(c, mask);
            while (in[h] != null) {
                h = (h + 1) & mask;
            }
            ik[h] = c;
            in[h] = kid;
        }

        Node addChild(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return kids[i];
            }
            int at = -i - 1;
            int n = keys.length;
            char[] nk = new char[n + 1];
            Node[] nn = new Node[n + 1];
            System.arraycopy(keys, 0, nk, 0, at);
            System.arraycopy(kids, 0, nn, 0, at);
            nk[at] = c;
            Node created = new Node();
            nn[at] = created;
            System.arraycopy(keys, at, nk, at + 1, n - at);
            System.arraycopy(kids, at, nn, at + 1, n - at);
            keys = nk;
            kids = nn;
            childBits |= 1L << c;
            index(c, created);
            return created;
        }
    }

    /** Dense root (shared base tables, big overlays): one slot per UTF-16 unit. Null while sparse. */
    private Node[] root;
    /** Sparse root (page overlays, cheap to create); null while dense. */
    private Node sparseRoot;
    /**
     * Bit {@code c % 64} of word {@code c / 64} set for every first unit of a key (present or removed): a fast "no
     * key here" for the sparse root, and for the session's union over all its tables.
     */
    private final long[] firstUnits = new long[1024];
    /** A sparse root with more children than this turns dense: sorted-array inserts would cost O(n) each. */
    private static final int DENSE_AFTER = 256;
    private int size;
    private int maxKeyLength;
    /** Shared layers stay sparse whatever their size: a dense root costs 256 KB per table and variant. */
    private boolean neverDense;

    /** A sparse trie, cheap to create: for per-page rule overlays. */
    CharTrie() {
        this(false);
    }

    CharTrie(boolean dense) {
        root = dense ? new Node[65536] : null;
        sparseRoot = dense ? null : new Node();
    }

    /** A trie that stays sparse however many keys it gets: for tables kept by the thousand (rule layers). */
    static CharTrie sparse() {
        CharTrie t = new CharTrie(false);
        t.neverDense = true;
        return t;
    }

    static CharTrie of(Map<String, String> pairs) {
        CharTrie t = new CharTrie(true);
        for (Map.Entry<String, String> e : pairs.entrySet()) {
            t.put(e.getKey(), e.getValue());
        }
        return t;
    }

    /** Adds or replaces a pair; an empty key is ignored (strtr ignores it too). */
    void put(String key, String value) {
        if (key.isEmpty()) {
            return;
        }
        char c0 = key.charAt(0);
        firstUnits[c0 >>> 6] |= 1L << c0;
        Node n;
        if (root != null) {
            n = root[c0];
            if (n == null) {
                n = new Node();
                root[c0] = n;
            }
        } else {
            n = sparseRoot.addChild(c0);
            if (sparseRoot.keys.length > DENSE_AFTER && !neverDense) {
                root = new Node[65536];
                for (int i = 0; i < sparseRoot.keys.length; i++) {
                    root[sparseRoot.keys[i]] = sparseRoot.kids[i];
                }
                sparseRoot = null;
            }
        }
        for (int i = 1; i < key.length(); i++) {
            n = n.addChild(key.charAt(i));
        }
        if (n.value == null) {
            size++;
        }
        n.value = value;
        maxKeyLength = Math.max(maxKeyLength, key.length());
    }

    /** Removes a pair (the node stays; its value is cleared). */
    void remove(String key) {
        Node n = find(key);
        if (n != null && n.value != null) {
            n.value = null;
            size--;
        }
    }

    String get(String key) {
        Node n = find(key);
        return n == null ? null : n.value;
    }

    private Node find(String key) {
        if (key.isEmpty()) {
            return null;
        }
        Node n = rootChild(key.charAt(0));
        for (int i = 1; i < key.length() && n != null; i++) {
            n = n.child(key.charAt(i));
        }
        return n;
    }

    Node rootChild(char c) {
        if (root != null) {
            return root[c];
        }
        if ((firstUnits[c >>> 6] & (1L << c)) == 0) {
            return null;
        }
        return sparseRoot.child(c);
    }

    /** Sets in {@code bits} (1,024 words) the first units of this trie's keys, removed ones included. */
    void addFirstUnitsTo(long[] bits) {
        for (int w = 0; w < bits.length; w++) {
            bits[w] |= firstUnits[w];
        }
    }

    int size() {
        return size;
    }

    int maxKeyLength() {
        return maxKeyLength;
    }

    /** Visits every pair (order unspecified). */
    void forEach(java.util.function.BiConsumer<String, String> action) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < 65536; c++) {
            Node n = rootChild((char) c);
            if (n != null) {
                sb.setLength(0);
                sb.append((char) c);
                walk(n, sb, action);
            }
        }
    }

    private static void walk(Node n, StringBuilder sb, java.util.function.BiConsumer<String, String> action) {
        if (n.value != null) {
            action.accept(sb.toString(), n.value);
        }
        for (int i = 0; i < n.keys.length; i++) {
            sb.append(n.keys[i]);
            walk(n.kids[i], sb, action);
            sb.setLength(sb.length() - 1);
        }
    }
}
