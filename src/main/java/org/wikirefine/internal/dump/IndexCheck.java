package org.wikirefine.internal.dump;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * How far a multistream index can be trusted before any page is read: every offset must lie inside the file, go
 * up, and start a bz2 stream. One check for every reader (the CLI's {@link IndexedSource} reads through a file
 * channel, the Spark driver through Hadoop's positional reads), so both distrust an index at the same stream.
 * Internal API: not covered by compatibility promises.
 */
public final class IndexCheck {

    /** A positional read: up to {@code len} bytes at {@code pos} into {@code b}; -1 at the end. */
    @FunctionalInterface
    public interface Positional {
        int read(long pos, byte[] b, int off, int len) throws IOException;
    }

    /**
     * The verdict on an index.
     *
     * @param firstBad the first stream whose offset is not a stream start after its predecessor's (the number of
     *                 streams if none)
     * @param why      what is wrong with that offset, or {@code null}
     */
    public record Verdict(int firstBad, String why, int streams) {

        /**
         * Leading streams that can be read by index: all of them, or those before the one before the first bad
         * offset (its end is that bad offset, so it is read without the index too).
         */
        public int trusted() {
            return firstBad == streams ? firstBad : Math.max(0, firstBad - 1);
        }
    }

    private IndexCheck() {
    }

    /** Checks the offsets of {@code streams} against a file of {@code size} bytes. */
    public static Verdict check(List<MultistreamIndex.Stream> streams, long size, Positional in) throws IOException {
        boolean fileComplete = endsWithFooter(size, in);
        for (int j = 0; j < streams.size(); j++) {
            long off = streams.get(j).offset();
            String why = null;
            if (off < 0 || j > 0 && off <= streams.get(j - 1).offset()) {
                why = "offsets do not go up at offset " + off;
            } else if (off >= size) {
                // a truncated file keeps its full index: those pages are named as lost, not distrusted
                why = fileComplete ? "offset " + off + " lies past the end of the file (" + size + " bytes)" : null;
            } else if (!streamStartsAt(off, in)) {
                why = "no bz2 stream starts at offset " + off;
            }
            if (why != null) {
                return new Verdict(j, why, streams.size());
            }
        }
        return new Verdict(streams.size(), null, streams.size());
    }

    /** "BZh1".."BZh9" followed by a block or end-of-stream magic. */
    static boolean streamStartsAt(long off, Positional in) throws IOException {
        byte[] h = new byte[10];
        int got = 0;
        while (got < h.length) {
            int n = in.read(off + got, h, got, h.length - got);
            if (n <= 0) {
                return false;
            }
            got += n;
        }
        if (h[0] != 'B' || h[1] != 'Z' || h[2] != 'h' || h[3] < '1' || h[3] > '9') {
            return false;
        }
        long magic = 0;
        for (int k = 4; k < 10; k++) {
            magic = (magic << 8) | (h[k] & 0xff);
        }
        return magic == Bz2Blocks.BLOCK_MAGIC || magic == Bz2Blocks.EOS_MAGIC;
    }

    /** Whether the last bz2 stream in the file decodes to the {@code </mediawiki>} footer. */
    static boolean endsWithFooter(long size, Positional in) throws IOException {
        long from = Math.max(0, size - (64 << 10));
        byte[] tail = new byte[(int) (size - from)];
        int got = 0;
        while (got < tail.length) {
            int n = in.read(from + got, tail, got, tail.length - got);
            if (n <= 0) {
                break;
            }
            got += n;
        }
        for (int k = got - 10; k >= 0; k--) {
            if (tail[k] == 'B' && tail[k + 1] == 'Z' && tail[k + 2] == 'h' && streamStartsAt(from + k, in)) {
                try {
                    String t = new String(decodeStart(tail, k, got), StandardCharsets.UTF_8).trim();
                    return t.endsWith("</mediawiki>");
                } catch (IOException e) {
                    // "BZh" inside compressed data, or a damaged footer: look further back
                }
            }
        }
        return false;
    }

    /** The first 4 KiB decoded from a bz2 stream starting at {@code buf[from]}. */
    static byte[] decodeStart(byte[] buf, int from, int to) throws IOException {
        try (InputStream in = new BZip2CompressorInputStream(new ByteArrayInputStream(buf, from, to - from), true)) {
            return in.readNBytes(4096);
        }
    }
}
