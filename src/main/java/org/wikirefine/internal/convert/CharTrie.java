package org.wikirefine.internal.convert;

import java.util.Arrays;
import java.util.Map;

/**
 * A trie over UTF-16 units mapping keys to replacement strings, for leftmost-longest matching (PHP
 * {@code strtr}, which MediaWiki's {@code ReplacementArray} uses). The root is a direct 64K array so the common
 * "no key starts here" case costs one array read; deeper nodes keep sorted child arrays (binary search).
 * Mutable for page overlays; the shared base tables are built once and then only read, so concurrent reads are
 * safe after safe publication.
 */
final class CharTrie {

    private static final char[] NO_KEYS = new char[0];
    private static final Node[] NO_KIDS = new Node[0];

    static final class Node {
        char[] keys = NO_KEYS;
        Node[] kids = NO_KIDS;
        String value;
        /**
         * Bit {@code c % 64} set for every child unit {@code c}: most lookups ask for a child that is not there (the
         * next character does not continue any key), and this answers them with one test instead of a search.
         */
        long childBits;

        Node child(char c) {
            if ((childBits & (1L << c)) == 0) {
                return null;
            }
            char[] k = keys;
            int n = k.length;
            if (n < 8) {
                for (int i = 0; i < n; i++) {
                    if (k[i] == c) {
                        return kids[i];
                    }
                }
                return null;
            }
            int i = Arrays.binarySearch(k, c);
            return i >= 0 ? kids[i] : null;
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
            return created;
        }
    }

    /** Dense root (shared base tables, big overlays): one slot per UTF-16 unit. Null while sparse. */
    private Node[] root;
    /** Sparse root (page overlays, cheap to create) plus a bitmap of first units for a fast "no key here". */
    private Node sparseRoot;
    private long[] firstUnits;
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
        firstUnits = dense ? null : new long[1024];
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
        Node n;
        if (root != null) {
            n = root[c0];
            if (n == null) {
                n = new Node();
                root[c0] = n;
            }
        } else {
            n = sparseRoot.addChild(c0);
            firstUnits[c0 >>> 6] |= 1L << c0;
            if (sparseRoot.keys.length > DENSE_AFTER && !neverDense) {
                root = new Node[65536];
                for (int i = 0; i < sparseRoot.keys.length; i++) {
                    root[sparseRoot.keys[i]] = sparseRoot.kids[i];
                }
                sparseRoot = null;
                firstUnits = null;
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
