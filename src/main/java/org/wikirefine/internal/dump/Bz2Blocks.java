package org.wikirefine.internal.dump;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.wikirefine.DumpException;

/**
 * Sequential bz2 decoding block by block, as {@code bzip2recover} does: blocks are found by their 48-bit magic
 * ({@code 0x314159265359}, bit-aligned), each is cut out, wrapped as a one-block stream and decoded alone, so
 * its CRC is checked before any of its bytes is handed out. A damaged block becomes a {@link Damage} covering
 * only its own compressed bytes and decoding goes on with the next block. Concatenated streams (multistream
 * files read without their index) are read alike: stream headers, end-of-stream marks and padding are skipped.
 *
 * <p>The reading thread finds and cuts out the blocks; with decode threads, the blocks are decoded in parallel
 * a bounded window ahead ({@link DecodeAhead}) and handed out in input order, so the pieces are the same as
 * decoded one after the other. Memory holds at most the window's blocks (each at most {@link #MAX_BLOCK_BYTES}
 * compressed), whatever the stream size. Blocks are decoded as {@link Bz2Decoding} does, so damage is reported
 * as commons-compress reports it.
 */
final class Bz2Blocks implements PieceSource {

    static final long BLOCK_MAGIC = 0x314159265359L;
    static final long EOS_MAGIC = 0x177245385090L;
    private static final long MASK48 = (1L << 48) - 1;
    /** A 900k block compresses to about 900k at worst; anything longer without a magic is not one block. */
    static final int MAX_BLOCK_BYTES = 2 << 20;
    /** RLE1 lets a 900k block expand up to ~46 MB; more than this is not a bz2 block. */
    static final int MAX_DECODED_BYTES = 64 << 20;
    private static final String BLOCK_OVER_LIMIT = "a bz2 block decodes to more than " + MAX_DECODED_BYTES + " bytes";
    /** Blocks held beyond one per decode thread: a thread that finishes finds the next block already cut. */
    static final int EXTRA_BLOCKS_AHEAD = 2;

    /** A block cut out of the input as a one-block stream, decodable on any thread. */
    private record Block(byte[] stream, long fromBit, long toBit, boolean atEof) {
    }

    /** What the scan found next: a piece known without decoding ({@code block == null}), or a block to decode. */
    private record Found(Piece piece, Block block) {
        static Found of(Piece piece) {
            return new Found(piece, null);
        }
    }

    private final InputStream in;
    private final long base;
    private final Consumer<String> warnings;
    private byte[] buf = new byte[1 << 20];
    /** Input offset (relative to {@code in}) of {@code buf[0]}, and bytes held. */
    private long bufBase;
    private int bufLen;
    private boolean inEof;

    private long scanBit;
    private long reg;
    private int regBits;
    private long foundType;
    /** Bit where the current block's magic starts, or -1 between blocks. */
    private long segStart = -1;
    /** Bit where the last stream (or the input) ended: what follows should be a stream header. */
    private long streamEndBit;
    private boolean anyStream;
    private char level = '9';
    private boolean finished;
    /** The decode threads and the blocks ahead, or {@code null} when blocks are decoded on the reading thread. */
    private final ExecutorService pool;
    private final DecodeAhead<Piece> ahead;
    private final AtomicInteger blocksDecoded = new AtomicInteger();

    /**
     * @param in       raw bz2 bytes (from the start of a stream, or from any offset: data before the first block
     *                 magic is skipped)
     * @param base     the input offset of {@code in}'s first byte, for messages
     * @param warnings receives non-fatal findings (junk after the last stream)
     */
    Bz2Blocks(InputStream in, long base, Consumer<String> warnings) {
        this(in, base, warnings, 0);
    }

    /**
     * @param decodeThreads threads decoding blocks in parallel; 0 decodes each block on the reading thread when
     *                      it is asked for
     */
    Bz2Blocks(InputStream in, long base, Consumer<String> warnings, int decodeThreads) {
        this.in = in;
        this.base = base;
        this.warnings = warnings;
        this.pool = decodeThreads > 0 ? DecodeAhead.decodeThreads(decodeThreads) : null;
        this.ahead = pool != null
                ? new DecodeAhead<>(pool, decodeThreads + EXTRA_BLOCKS_AHEAD, "bz2 block decoder") : null;
    }

    @Override
    public Piece next() {
        if (ahead == null) {
            Found f = scan();
            return f == null ? null : f.block() == null ? f.piece() : decode(f.block());
        }
        while (ahead.hasRoom() && !finished) {
            Found f = scan();
            if (f == null) {
                break;
            }
            if (f.block() == null) {
                ahead.addReady(f.piece());
            } else {
                Block b = f.block();
                ahead.submit(() -> decode(b));
            }
        }
        try {
            return ahead.take();   // null once the input is done and every piece was taken
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DumpException("INTERRUPTED", "interrupted while waiting for a bz2 block decoder");
        }
    }

    /** The most blocks decoded or decoding and not yet handed out ({@code 0} without decode threads). */
    int blocksAhead() {
        return ahead == null ? 0 : ahead.size();
    }

    /** Blocks decoded so far, handed out or not (for tests of the memory bound). */
    int blocksDecoded() {
        return blocksDecoded.get();
    }

    /** The next piece or block in input order, or {@code null} at the end of the input. */
    private Found scan() {
        while (!finished) {
            long m;
            try {
                m = findMagic();
            } catch (IOException e) {
                finished = true;
                long at = base + bufBase + bufLen;
                return Found.of(new Piece(null, new Damage(at, -1, Xml.reasonOf(e),
                        "the input cannot be read past byte " + at + ": " + Xml.detailOf(e), true)));
            }
            if (m == -2) {
                // no magic within a block's length: garbage inside a stream
                long from = segStart;
                segStart = -1;
                streamEndBit = scanBit;
                return Found.of(damaged(from, scanBit, "DECOMPRESS_ERROR", "no bz2 block boundary within "
                        + MAX_BLOCK_BYTES + " bytes"));
            }
            if (segStart >= 0) {
                long from = segStart;
                long to = m >= 0 ? m : (bufBase + bufLen) * 8;
                segStart = m >= 0 && foundType == BLOCK_MAGIC ? m : -1;
                if (m >= 0 && foundType == EOS_MAGIC) {
                    streamEndBit = m + 48 + 32;
                }
                if (m < 0) {
                    finished = true;
                }
                return cut(from, to, m < 0);
            }
            if (m < 0) {
                finished = true;
                if (!anyStream && bufBase + bufLen > 0) {
                    return Found.of(damaged(0, (bufBase + bufLen) * 8, "DECOMPRESS_ERROR", "no bz2 block found"));
                }
                reportTail();
                return null;
            }
            if (foundType == EOS_MAGIC) {
                streamEndBit = m + 48 + 32;
                continue;
            }
            Piece gap = betweenStreams(m);
            segStart = m;
            if (gap != null) {
                return Found.of(gap);
            }
        }
        return null;
    }

    /** Before a block that starts a stream: the 4-byte header is expected, anything more was lost or is junk. */
    private Piece betweenStreams(long m) {
        long expected = ((streamEndBit + 7) & ~7L) + 32;
        if (m % 8 == 0 && m >= 32 && byteAt(m / 8 - 4) == 'B' && byteAt(m / 8 - 3) == 'Z'
                && byteAt(m / 8 - 2) == 'h') {
            int d = byteAt(m / 8 - 1);
            level = d >= '1' && d <= '9' ? (char) d : '9';
        }
        boolean first = !anyStream;
        anyStream = true;
        if (m <= expected || first && base > 0) {
            return null;   // a reader started by offset skips what precedes its first block
        }
        long from = (streamEndBit + 7) / 8;
        return new Piece(null, new Damage(base + from, base + m / 8, "DECOMPRESS_ERROR",
                "bytes " + (base + from) + "-" + (base + m / 8) + " hold no decodable bz2 block", false));
    }

    private void reportTail() {
        long end = bufBase + bufLen;
        long after = (streamEndBit + 7) / 8;
        if (anyStream && end > after) {
            warnings.accept((end - after) + " bytes after the last bz2 stream (from byte " + (base + after)
                    + ") are not bzip2; ignored");
        }
    }

    private int byteAt(long i) {
        return i >= bufBase && i < bufBase + bufLen ? buf[(int) (i - bufBase)] & 0xff : -1;
    }

    /**
     * Scans for the next block or end-of-stream magic from {@code scanBit}; returns the bit where it starts
     * (type in {@link #foundType}), -1 at the end of the input, -2 when the current block grows too long.
     */
    private long findMagic() throws IOException {
        long limit = segStart >= 0 ? segStart + 8L * MAX_BLOCK_BYTES : Long.MAX_VALUE;
        while (true) {
            long byteIdx = scanBit >>> 3;
            if (byteIdx >= bufBase + bufLen && !fill()) {
                return -1;
            }
            int b = buf[(int) (byteIdx - bufBase)] & 0xff;
            for (int k = (int) (scanBit & 7); k < 8; k++) {
                reg = (reg << 1) | ((b >>> (7 - k)) & 1);
                scanBit++;
                if (++regBits >= 48) {
                    long v = reg & MASK48;
                    if (v == BLOCK_MAGIC || v == EOS_MAGIC) {
                        foundType = v;
                        regBits = 0;
                        return scanBit - 48;
                    }
                }
            }
            if (scanBit > limit) {
                regBits = 0;
                return -2;
            }
        }
    }

    /** Reads more input, keeping the bytes of the current block (or the last 16 bytes, for the stream header check). */
    private boolean fill() throws IOException {
        if (inEof) {
            return false;
        }
        long keepFrom = Math.min(segStart >= 0 ? segStart >>> 3 : Long.MAX_VALUE, (scanBit >>> 3) - 16);
        keepFrom = Math.max(keepFrom, bufBase);
        int keep = (int) (bufBase + bufLen - keepFrom);
        if (keep + (1 << 16) > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, keep + (1 << 20)));
        }
        System.arraycopy(buf, (int) (keepFrom - bufBase), buf, 0, keep);
        bufBase = keepFrom;
        bufLen = keep;
        if (buf.length > (4 << 20) && keep < (1 << 20)) {
            buf = java.util.Arrays.copyOf(buf, 1 << 20);   // a long block passed: give the memory back
        }
        int n = in.read(buf, bufLen, buf.length - bufLen);
        if (n < 0) {
            inEof = true;
            return false;
        }
        bufLen += n;
        return true;
    }

    /** The block between bits {@code from} and {@code to}, cut out of the buffer (on the reading thread). */
    private Found cut(long from, long to, boolean atEof) {
        long nbits = to - from;
        if (nbits < 48 + 32 + 1 + 24) {
            return Found.of(damaged(from, to, atEof ? "TRUNCATED" : "DECOMPRESS_ERROR",
                    "a bz2 block too short to decode"));
        }
        return new Found(null, new Block(oneBlockStream(from, nbits), from, to, atEof));
    }

    /** A block's bytes, or its damage; touches no reading state, so it runs on any thread. */
    private Piece decode(Block block) {
        long from = block.fromBit();
        long to = block.toBit();
        boolean atEof = block.atEof();
        try {
            byte[] data = Bz2Decoding.decode(block.stream(), false, MAX_DECODED_BYTES, BLOCK_OVER_LIMIT);
            return new Piece(data, null);
        } catch (IOException | RuntimeException e) {
            String reason = atEof ? "TRUNCATED" : Xml.reasonOf(e);
            if ("XML_ERROR".equals(reason)) {
                reason = "DECOMPRESS_ERROR";
            }
            if (atEof) {
                // the file ends inside this block: a truncation, nothing follows to resume at
                long at = base + from / 8;
                return new Piece(null, new Damage(at, -1, reason, "the input ends inside the bz2 block at byte "
                        + at + ": " + Xml.detailOf(e), true));
            }
            return damaged(from, to, reason, Xml.detailOf(e));
        } finally {
            blocksDecoded.incrementAndGet();
        }
    }

    private Piece damaged(long fromBit, long toBit, String reason, String detail) {
        long from = base + fromBit / 8;
        long to = base + (toBit + 7) / 8;
        return new Piece(null, new Damage(from, to, reason, "bz2 block at bytes " + from + "-" + to
                + " is damaged: " + detail, false));
    }

    /** "BZh" + level, the block's bits, the end-of-stream magic and the block CRC as the stream CRC. */
    private byte[] oneBlockStream(long from, long nbits) {
        BitWriter w = new BitWriter((int) ((nbits + 80 + 7) / 8) + 4);
        w.bits('B', 8);
        w.bits('Z', 8);
        w.bits('h', 8);
        w.bits(level, 8);
        long p = from;
        long end = from + nbits;
        while (end - p >= 16) {
            w.bits(bitsAt(p, 16), 16);
            p += 16;
        }
        while (p < end) {
            w.bits(bitsAt(p, 1), 1);
            p++;
        }
        w.bits(EOS_MAGIC >>> 24, 24);
        w.bits(EOS_MAGIC & 0xFFFFFF, 24);
        w.bits(bitsAt(from + 48, 16), 16);   // a one-block stream's CRC is its block's CRC
        w.bits(bitsAt(from + 64, 16), 16);
        return w.bytes();
    }

    /** {@code n} (at most 24) bits from absolute bit position {@code pos}. */
    private int bitsAt(long pos, int n) {
        int byteIdx = (int) ((pos >>> 3) - bufBase);
        int shift = (int) (pos & 7);
        int v = 0;
        for (int k = 0; k < 4 && byteIdx + k < bufLen; k++) {
            v |= (buf[byteIdx + k] & 0xff) << (24 - 8 * k);
        }
        return (v << shift) >>> (32 - n);
    }

    /** Appends bits MSB first. */
    private static final class BitWriter {
        private final byte[] out;
        private int bit;

        BitWriter(int bytes) {
            out = new byte[bytes];
        }

        void bits(long value, int n) {
            if ((bit & 7) == 0 && (n & 7) == 0) {
                for (int k = n - 8; k >= 0; k -= 8) {
                    out[bit >>> 3] = (byte) (value >>> k);
                    bit += 8;
                }
                return;
            }
            for (int k = n - 1; k >= 0; k--) {
                if (((value >>> k) & 1) != 0) {
                    out[bit >>> 3] |= (byte) (0x80 >>> (bit & 7));
                }
                bit++;
            }
        }

        byte[] bytes() {
            return java.util.Arrays.copyOf(out, (bit + 7) >>> 3);
        }
    }

    @Override
    public long inputBytes() {
        return base + bufBase + bufLen;
    }

    @Override
    public void close() {
        if (ahead != null) {
            ahead.cancelAll();
            pool.shutdownNow();
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only input
        }
    }
}
