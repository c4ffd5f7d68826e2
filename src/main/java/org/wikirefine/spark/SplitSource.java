package org.wikirefine.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import org.apache.hadoop.fs.FSDataInputStream;
import org.wikirefine.SiteInfo;
import org.wikirefine.internal.dump.ByteRangeDecoding;
import org.wikirefine.internal.dump.DumpItem;
import org.wikirefine.internal.dump.DumpSource;
import org.wikirefine.internal.dump.MultistreamIndex;

/**
 * The streams of one indexed split as a {@link DumpSource}: each stream's byte range is read with a positional read
 * and decoded by the same code as the CLI's by-index reader ({@link ByteRangeDecoding}). Units are the split's
 * streams. {@link #skip} is used only to pre-seed duplicate detection with the ids of earlier splits.
 */
final class SplitSource implements DumpSource {

    /** Same cap as the CLI's reader: one compressed stream of 100 pages never comes near it. */
    private static final long MAX_STREAM_BYTES = 1L << 30;

    private final DumpSplit split;
    private final FSDataInputStream in;
    private final SiteInfo siteInfo;
    private final List<String> warnings = new ArrayList<>();
    private int next;
    private long consumed;
    private long xmlBytes;
    private volatile IOException failure;

    SplitSource(DumpSplit split, FSDataInputStream in) throws IOException {
        this.split = split;
        this.in = in;
        byte[] header = readRange(0, split.headerEnd());
        this.siteInfo = ByteRangeDecoding.siteInfo(header, warnings);
    }

    private byte[] readRange(long from, long to) throws IOException {
        long end = Math.min(to, split.fileSize());
        if (end - from > MAX_STREAM_BYTES) {
            throw new IOException("compressed stream of " + (end - from) + " bytes exceeds the limit");
        }
        byte[] b = new byte[(int) Math.max(0, end - from)];
        in.readFully(from, b);
        return b;
    }

    /** The I/O failure that stopped this source, or {@code null}. */
    IOException failure() {
        return failure;
    }

    @Override
    public SiteInfo siteInfo() {
        return siteInfo;
    }

    @Override
    public Unit next() {
        if (next >= split.streams().size()) {
            return null;
        }
        int i = next++;
        DumpSplit.Stream s = split.streams().get(i);
        MultistreamIndex.Stream is = s.toIndexStream();
        boolean last = split.lastStream() && i == split.streams().size() - 1;
        List<DumpItem> items;
        if (s.offset() >= split.fileSize()) {
            items = ByteRangeDecoding.decodeStream(is, null, split.fileSize(), last, siteInfo, true);
        } else {
            byte[] comp;
            try {
                comp = readRange(s.offset(), split.ends()[i]);
            } catch (IOException e) {
                // a read failure (not damage: damage decodes wrongly): fail the task so that Spark retries it,
                // rather than turn a transient I/O problem into error rows
                failure = e;
                throw new java.io.UncheckedIOException(e);
            }
            items = ByteRangeDecoding.decodeStream(is, comp, split.fileSize(), last, siteInfo, true);
            xmlBytes += ByteRangeDecoding.lastDecodedBytes();
        }
        consumed = split.ends()[i];
        return new Unit(i, items);
    }

    @Override
    public void skip(long units, LongConsumer ids) {
        for (long id : split.seenBefore()) {
            ids.accept(id);
        }
    }

    @Override
    public long totalUnits() {
        return split.streams().size();
    }

    @Override
    public long inputBytesConsumed() {
        return consumed;
    }

    @Override
    public long inputSize() {
        return split.fileSize();
    }

    @Override
    public long xmlBytes() {
        return xmlBytes;
    }

    @Override
    public boolean indexed() {
        return true;
    }

    @Override
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only
        }
    }
}
