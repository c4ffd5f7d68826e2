package org.wikirefine.internal.bz2;

import java.util.Arrays;

/**
 * Decodes a whole bzip2 stream held in memory (or, concatenated, several in a row), written from the file
 * format: stream header {@code BZh1}..{@code BZh9}, then blocks (48-bit magic, block CRC, randomised bit, origin
 * pointer, symbol map, Huffman tables and selectors, MTF and RUNA/RUNB coded symbols, inverse BWT, the initial
 * run-length coding), then the end-of-stream magic and the combined CRC. Every block CRC and the stream CRC are
 * checked.
 *
 * <p>It is faster than commons-compress mainly by decoding Huffman codes by table lookup and computing the CRC
 * in bulk ({@link Bz2Crc}). It handles only what bzip2 1.0 writes: on anything else (randomised blocks of bzip2
 * 0.9.0, a damaged or truncated stream, a CRC mismatch, trailing bytes) it throws {@link Unusual} without
 * telling why in detail, and the caller decodes the stream with commons-compress, which reports damage as it
 * always has.
 */
public final class Bz2Decoder {

    private static final long BLOCK_MAGIC = 0x314159265359L;
    private static final long END_MAGIC = 0x177245385090L;
    private static final int RUNA = 0;
    private static final int RUNB = 1;
    private static final int GROUP_SIZE = 50;
    /** bzip2 1.0 writes at most this many selectors (2 + 900000 / 50); more is left to commons-compress. */
    private static final int MAX_SELECTORS = 18002;

    /** Thrown when the input is not a plain, intact bzip2 1.0 stream: decode it with commons-compress instead. */
    public static final class Unusual extends Exception {
        private static final long serialVersionUID = 1L;

        Unusual(String why) {
            super(why, null, false, false);
        }
    }

    private final Bz2Crc crc = new Bz2Crc();
    private final HuffmanTable[] tables = new HuffmanTable[6];
    private final byte[][] lengths = new byte[6][258];
    private final byte[] selectors = new byte[MAX_SELECTORS];
    private final int[] counts = new int[256];
    private final byte[] mtf = new byte[256];
    /** Per block position: its byte, then (inverse BWT) its successor; and the entry two steps on. */
    private int[] tt = new int[0];
    private int[] tt2 = new int[0];
    /** The block's bytes in chain order, before the initial run-length decoding. */
    private byte[] unsorted = new byte[0];

    private byte[] out;
    private int outLen;
    private int maxOut;

    public Bz2Decoder() {
        for (int t = 0; t < tables.length; t++) {
            tables[t] = new HuffmanTable();
        }
    }

    /**
     * Decodes {@code in}: its first stream, or with {@code concatenated} every stream up to the end (which must
     * then be the end of a stream).
     *
     * @param maxBytes the most decoded bytes accepted
     * @throws Unusual when the input is anything but intact bzip2 1.0 data, or decodes to more than
     *                 {@code maxBytes}: decode it another way, which tells what is wrong
     */
    public byte[] decode(byte[] in, boolean concatenated, int maxBytes) throws Unusual {
        // dump text compresses about 3.5:1; the buffer grows when that is not enough
        this.out = new byte[(int) Math.max(1024, Math.min(maxBytes, 5L * in.length))];
        this.outLen = 0;
        this.maxOut = maxBytes;
        try {
            BitReader r = new BitReader(in, 0, in.length);
            do {
                stream(r);
            } while (concatenated && !r.atEnd());
            return Arrays.copyOf(out, outLen);
        } finally {
            out = null;   // a decoder kept for reuse must not hold a large output
        }
    }

    /** One stream: header, blocks, end-of-stream and combined CRC, padding. */
    private void stream(BitReader r) throws Unusual {
        if (r.bits(8) != 'B' || r.bits(8) != 'Z' || r.bits(8) != 'h') {
            throw new Unusual("no bzip2 stream header");
        }
        int level = r.bits(8) - '0';
        if (level < 1 || level > 9) {
            throw new Unusual("bad block size");
        }
        int combined = 0;
        while (true) {
            long magic = r.bits48();
            if (magic == END_MAGIC) {
                break;
            }
            if (magic != BLOCK_MAGIC) {
                throw new Unusual("no block magic");
            }
            int stored = r.int32();
            int start = outLen;
            block(r, level * 100_000);
            if (r.overrun() || crc.of(out, start, outLen - start) != stored) {
                throw new Unusual("block CRC mismatch");
            }
            combined = (combined << 1 | combined >>> 31) ^ stored;
        }
        if (r.int32() != combined || r.overrun()) {
            throw new Unusual("stream CRC mismatch");
        }
        r.alignToByte();
    }

    /** One block, from its randomised bit to its end-of-block symbol, appended to the output. */
    private void block(BitReader r, int maxBlock) throws Unusual {
        if (r.bit()) {
            throw new Unusual("randomised block (bzip2 0.9.0)");
        }
        int origPtr = r.bits(24);
        byte[] seqToUnseq = new byte[256];
        int nInUse = symbolMap(r, seqToUnseq);
        int alphaSize = nInUse + 2;
        int nGroups = r.bits(3);
        int nSelectors = r.bits(15);
        if (nGroups < 2 || nGroups > 6 || nSelectors < 1 || nSelectors > MAX_SELECTORS) {
            throw new Unusual("bad table counts");
        }
        selectors(r, nGroups, nSelectors);
        for (int t = 0; t < nGroups; t++) {
            codeLengths(r, lengths[t], alphaSize);
            tables[t].build(lengths[t], alphaSize);
        }
        if (tt.length < maxBlock) {
            tt = new int[maxBlock];
            tt2 = new int[maxBlock];
            unsorted = new byte[maxBlock];
        }
        int nblock = symbols(r, seqToUnseq, nInUse, nSelectors, maxBlock);
        if (origPtr >= nblock) {
            throw new Unusual("origin pointer out of range");
        }
        inverseBwt(nblock, origPtr);
    }

    /** The symbols used in the block: a 16-bit map of 16-symbol ranges, then a 16-bit map per range used. */
    private static int symbolMap(BitReader r, byte[] seqToUnseq) throws Unusual {
        int ranges = r.bits(16);
        int n = 0;
        for (int i = 0; i < 16; i++) {
            if ((ranges & 0x8000 >>> i) != 0) {
                int used = r.bits(16);
                for (int j = 0; j < 16; j++) {
                    if ((used & 0x8000 >>> j) != 0) {
                        seqToUnseq[n++] = (byte) (i * 16 + j);
                    }
                }
            }
        }
        if (n == 0) {
            throw new Unusual("no symbols in use");
        }
        return n;
    }

    /** Selectors: which table codes each group of 50 symbols, unary coded, then move-to-front. */
    private void selectors(BitReader r, int nGroups, int nSelectors) throws Unusual {
        byte[] pos = {0, 1, 2, 3, 4, 5};
        for (int i = 0; i < nSelectors; i++) {
            int j = 0;
            while (r.bit()) {
                if (++j >= nGroups) {
                    throw new Unusual("bad selector");
                }
            }
            byte v = pos[j];
            System.arraycopy(pos, 0, pos, 1, j);
            pos[0] = v;
            selectors[i] = v;
            if (r.overrun()) {
                throw new Unusual("truncated selectors");
            }
        }
    }

    /** A table's code lengths: a 5-bit start, then per symbol delta-coded steps of one. */
    private static void codeLengths(BitReader r, byte[] len, int alphaSize) throws Unusual {
        int curr = r.bits(5);
        for (int s = 0; s < alphaSize; s++) {
            while (true) {
                if (curr < 1 || curr > HuffmanTable.MAX_LEN || r.overrun()) {
                    throw new Unusual("bad code length");
                }
                if (!r.bit()) {
                    break;
                }
                curr += r.bit() ? -1 : 1;
            }
            len[s] = (byte) curr;
        }
    }

    /**
     * Huffman, RUNA/RUNB and move-to-front decoding of the block's symbols into the low byte of {@code tt},
     * counting each byte value; returns the number of bytes (the BWT block length). The hottest loop of the
     * decoder: the bit reader's state is kept in locals and written back at the end.
     */
    private int symbols(BitReader r, byte[] seqToUnseq, int nInUse, int nSelectors, int maxBlock)
            throws Unusual {
        byte[] m = mtf;
        System.arraycopy(seqToUnseq, 0, m, 0, nInUse);
        int[] c = counts;
        Arrays.fill(c, 0);
        int[] t = tt;
        byte[] in = r.in;
        int end = r.end;
        int pos = r.pos;
        long buf = r.buf;
        int count = r.count;
        int eob = nInUse + 1;
        int nblock = 0;
        int group = -1;
        int left = 0;
        HuffmanTable table = null;
        int[] lookup = null;
        int run = 0;
        int weight = 1;
        try {
            while (true) {
                if (left == 0) {
                    if (++group >= nSelectors) {
                        throw new Unusual("more symbols than selectors");
                    }
                    table = tables[selectors[group]];
                    lookup = table.lookup;
                    left = GROUP_SIZE;
                }
                left--;
                if (count < HuffmanTable.MAX_LEN) {
                    do {
                        buf = buf << 8 | (pos < end ? in[pos] & 0xff : 0);
                        pos++;
                        count += 8;
                    } while (count <= 56);
                }
                int next = (int) (buf >>> (count - HuffmanTable.MAX_LEN)) & ((1 << HuffmanTable.MAX_LEN) - 1);
                int e = lookup[next >>> (HuffmanTable.MAX_LEN - HuffmanTable.LOOKUP_BITS)];
                if (e == 0) {
                    e = table.decodeLong(next);
                }
                count -= e & 31;
                int sym = e >>> 5;
                if (sym <= RUNB) {
                    // bijective base-2 run length: RUNA adds the weight, RUNB twice it
                    run += (sym + 1) * weight;
                    weight <<= 1;
                    if (run > maxBlock) {
                        throw new Unusual("run too long");
                    }
                    continue;
                }
                if (run > 0) {
                    if (nblock + run > maxBlock) {
                        throw new Unusual("block too long");
                    }
                    int b = m[0] & 0xff;
                    Arrays.fill(t, nblock, nblock + run, b);
                    c[b] += run;
                    nblock += run;
                    run = 0;
                    weight = 1;
                }
                if (sym == eob) {
                    return nblock;
                }
                if (nblock >= maxBlock || sym > eob) {
                    throw new Unusual("block too long");
                }
                int k = sym - 1;
                byte v = m[k];
                if (k < 16) {
                    for (int j = k; j > 0; j--) {
                        m[j] = m[j - 1];
                    }
                } else {
                    System.arraycopy(m, 0, m, 1, k);
                }
                m[0] = v;
                c[v & 0xff]++;
                t[nblock++] = v & 0xff;
            }
        } finally {
            r.pos = pos;
            r.buf = buf;
            r.count = count;
        }
    }

    /**
     * Undoes the Burrows-Wheeler transform, then the initial run-length coding, appending the block's data to the
     * output. Each entry of {@code tt} gets the position of its successor in its upper 24 bits; following that
     * chain is a cache miss per byte, one after the other. So a second table, filled by independent loads that
     * the processor overlaps, holds for each position the entry two steps on: the chain is then walked two bytes
     * at a time, with two loads in parallel per step.
     */
    private void inverseBwt(int nblock, int origPtr) throws Unusual {
        int[] t = tt;
        int[] next = new int[256];
        for (int b = 0, sum = 0; b < 256; b++) {
            next[b] = sum;
            sum += counts[b];
        }
        for (int i = 0; i < nblock; i++) {
            t[next[t[i] & 0xff]++] |= i << 8;
        }
        int[] u = tt2;
        for (int i = 0; i < nblock; i++) {
            u[i] = t[t[i] >>> 8];
        }
        byte[] bwt = unsorted;
        int pos = t[origPtr] >>> 8;
        int k = 0;
        for (; k + 1 < nblock; k += 2) {
            int v = t[pos];
            int w = u[pos];
            bwt[k] = (byte) v;
            bwt[k + 1] = (byte) w;
            pos = w >>> 8;
        }
        if (k < nblock) {
            bwt[k] = (byte) t[pos];
        }
        runLengthDecode(bwt, nblock);
    }

    /** Undoes bzip2's initial run-length coding: four equal bytes are followed by a count of further repeats. */
    private void runLengthDecode(byte[] in, int len) throws Unusual {
        ensure(len);
        byte[] o = out;
        int n = outLen;
        int last = -1;
        int same = 0;
        for (int i = 0; i < len; i++) {
            int b = in[i] & 0xff;
            o[n++] = (byte) b;
            if (b != last) {
                last = b;
                same = 1;
            } else if (++same == 4) {
                if (++i >= len) {
                    throw new Unusual("run of four without its count");
                }
                int extra = in[i] & 0xff;
                if (n + extra + len - i > o.length) {
                    outLen = n;
                    ensure(extra + len - i);
                    o = out;
                }
                for (int e = 0; e < extra; e++) {
                    o[n++] = (byte) b;
                }
                last = -1;
                same = 0;
            }
        }
        outLen = n;
        if (outLen > maxOut) {
            throw new Unusual("more than the decoded size limit");
        }
    }

    /**
     * Room for {@code more} bytes after the output so far. {@code more} may count a block's few run-length counts
     * as bytes, so the room may pass the limit by up to a block; the output itself may not.
     */
    private void ensure(int more) throws Unusual {
        long need = (long) outLen + more;
        if (need > (long) maxOut + 1_000_000) {
            throw new Unusual("more than the decoded size limit");
        }
        if (need > out.length) {
            out = Arrays.copyOf(out, (int) Math.max(need, Math.min(Integer.MAX_VALUE - 8, 2L * out.length)));
        }
    }
}
