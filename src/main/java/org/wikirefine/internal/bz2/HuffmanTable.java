package org.wikirefine.internal.bz2;

/**
 * One of a block's Huffman coding tables (bzip2 assigns canonical codes: by length, then by symbol). Codes of up
 * to {@value #LOOKUP_BITS} bits are decoded with one table lookup on the next bits, instead of a bit at a time;
 * the rare longer codes (up to 20 bits) by comparing the next bits with the last code of each length.
 */
final class HuffmanTable {

    static final int MAX_LEN = 20;
    static final int LOOKUP_BITS = 10;

    /** {@code symbol << 5 | length} for every {@value #LOOKUP_BITS}-bit prefix of a short code; 0: a longer code. */
    final int[] lookup = new int[1 << LOOKUP_BITS];
    /** Per length: the first code past the codes of that length, and what to subtract to index {@link #perm}. */
    private final int[] limit = new int[MAX_LEN + 1];
    private final int[] base = new int[MAX_LEN + 1];
    /** Symbols ordered by code. */
    private final int[] perm = new int[258];
    private int maxLen;

    /**
     * Builds the table from code lengths (1..20) of symbols {@code 0..alphaSize-1}.
     *
     * @throws Bz2Decoder.Unusual when the lengths do not describe a prefix code
     */
    void build(byte[] lengths, int alphaSize) throws Bz2Decoder.Unusual {
        java.util.Arrays.fill(lookup, 0);
        maxLen = 0;
        int n = 0;
        int code = 0;
        for (int len = 1; len <= MAX_LEN; len++) {
            int first = code;
            int firstIndex = n;
            for (int s = 0; s < alphaSize; s++) {
                if (lengths[s] == len) {
                    if (code >= 1 << len) {
                        throw new Bz2Decoder.Unusual("over-subscribed Huffman code");
                    }
                    perm[n++] = s;
                    if (len <= LOOKUP_BITS) {
                        int from = code << (LOOKUP_BITS - len);
                        java.util.Arrays.fill(lookup, from, from + (1 << (LOOKUP_BITS - len)), s << 5 | len);
                    }
                    code++;
                }
            }
            limit[len] = code;
            base[len] = first - firstIndex;
            if (code > first) {
                maxLen = len;
            }
            code <<= 1;
        }
    }

    /**
     * Decodes a code longer than {@value #LOOKUP_BITS} bits (the lookup gave 0).
     *
     * @param next the next {@value #MAX_LEN} bits of input
     * @return {@code symbol << 5 | length}
     * @throws Bz2Decoder.Unusual when the next bits are no code of this table
     */
    int decodeLong(int next) throws Bz2Decoder.Unusual {
        for (int len = LOOKUP_BITS + 1; len <= maxLen; len++) {
            int code = next >>> (MAX_LEN - len);
            if (code < limit[len]) {
                return perm[code - base[len]] << 5 | len;
            }
        }
        throw new Bz2Decoder.Unusual("no Huffman code matches");
    }
}
