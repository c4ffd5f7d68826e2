package org.wikirefine.internal.dump;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The page ids seen in a run, for duplicate detection. Memory follows the number of ids, never their values (a
 * plain bitmap indexed by id takes 256 MB for one id near 2^31): ids are grouped by their high bits into chunks
 * of 65,536, each a sorted array while sparse and a 8 KB bitmap once dense, as roaring bitmaps do. Dense ids
 * (a real dump) cost about one bit each, scattered ones a few bytes each. Not thread-safe.
 */
final class IdSet {

    private static final int ARRAY_MAX = 4096;

    private static final class Chunk {
        char[] sorted = new char[4];
        int n;
        long[] bits;

        boolean add(char low) {
            if (bits != null) {
                long mask = 1L << low;
                boolean had = (bits[low >>> 6] & mask) != 0;
                bits[low >>> 6] |= mask;
                return !had;
            }
            int at = Arrays.binarySearch(sorted, 0, n, low);
            if (at >= 0) {
                return false;
            }
            at = -at - 1;
            if (n == sorted.length) {
                sorted = Arrays.copyOf(sorted, n * 2);
            }
            System.arraycopy(sorted, at, sorted, at + 1, n - at);
            sorted[at] = low;
            n++;
            if (n > ARRAY_MAX) {
                toBitmap();
            }
            return true;
        }

        boolean contains(char low) {
            return bits != null ? (bits[low >>> 6] & (1L << low)) != 0 : Arrays.binarySearch(sorted, 0, n, low) >= 0;
        }

        private void toBitmap() {
            bits = new long[1 << 10];
            for (int i = 0; i < n; i++) {
                bits[sorted[i] >>> 6] |= 1L << sorted[i];
            }
            sorted = null;
        }
    }

    private final Map<Long, Chunk> chunks = new HashMap<>();

    boolean contains(long id) {
        Chunk c = chunks.get(id >> 16);
        return c != null && c.contains((char) (id & 0xFFFF));
    }

    /** Adds an id; false if it was already there. */
    boolean add(long id) {
        return chunks.computeIfAbsent(id >> 16, k -> new Chunk()).add((char) (id & 0xFFFF));
    }
}
