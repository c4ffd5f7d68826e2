package org.wikirefine.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import org.apache.commons.io.input.BoundedInputStream;
import org.apache.hadoop.fs.FSDataInputStream;
import org.wikirefine.SiteInfo;
import org.wikirefine.internal.dump.ByteRangeDecoding;
import org.wikirefine.internal.dump.DumpItem;
import org.wikirefine.internal.dump.DumpSource;
import org.wikirefine.internal.dump.DumpSources;
import org.wikirefine.internal.dump.MultistreamIndex;

/**
 * The streams of one indexed split as a {@link DumpSource}: each stream's byte range is read with a positional read
 * and decoded by the same code as the CLI's by-index reader ({@link ByteRangeDecoding}). Units are the split's
 * streams. {@link #skip} is used only to pre-seed duplicate detection with the ids of earlier splits.
 *
 * <p>As in the CLI, the index is checked as it is used: when a stream's pages are not the ones the index lists
 * there, the rest of the split (from that stream's start, to the split's end: both proven stream starts, or the end
 * of the file) is read sequentially, so a wrong index costs no page and the pages counted are those the dump holds.
 * Units read that way are numbered from the number of streams on.
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
    private DumpSource fallback;
    private long fallbackUnits;
    private String mismatch;

    SplitSource(DumpSplit split, FSDataInputStream in) throws IOException {
        this.split = split;
        this.in = in;
        this.siteInfo = siteInfo(split, in, warnings);
    }

    /** The siteinfo from the compressed header bytes {@code [0, headerEnd)} of a split's dump. */
    static SiteInfo siteInfo(DumpSplit split, FSDataInputStream in, List<String> warnings) throws IOException {
        return ByteRangeDecoding.siteInfo(readRange(in, split, 0, split.headerEnd()), warnings);
    }

    /** Why the index stopped matching this split's streams, or {@code null}. */
    String indexMismatch() {
        return mismatch;
    }

    private byte[] readRange(long from, long to) throws IOException {
        return readRange(in, split, from, to);
    }

    private static byte[] readRange(FSDataInputStream in, DumpSplit split, long from, long to) throws IOException {
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
    public Unit next() throws InterruptedException {
        if (fallback != null) {
            Unit u = fallback.next();
            return u == null ? null : new Unit(split.streams().size() + fallbackUnits++, u.items());
        }
        if (next >= split.streams().size()) {
            return null;
        }
        int i = next++;
        DumpSplit.Stream s = split.streams().get(i);
        MultistreamIndex.Stream is = s.toIndexStream();
        boolean last = split.lastStream() && i == split.streams().size() - 1;
        ByteRangeDecoding.StreamItems items;
        if (s.offset() >= split.fileSize()) {
            items = ByteRangeDecoding.decodeStreamChecked(is, null, split.fileSize(), last, siteInfo, true);
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
            items = ByteRangeDecoding.decodeStreamChecked(is, comp, split.fileSize(), last, siteInfo, true);
            if (items.mismatch() != null) {
                return readOnWithoutIndex(i, items.mismatch());
            }
            xmlBytes += ByteRangeDecoding.lastDecodedBytes();
        }
        consumed = split.ends()[i];
        return new Unit(i, items.items());
    }

    /** From stream {@code i} to the split's end, sequentially (its bytes are whole bz2 streams). */
    private Unit readOnWithoutIndex(int i, String why) throws InterruptedException {
        mismatch = why;
        long from = split.streams().get(i).offset();
        long to = split.ends()[split.ends().length - 1];
        warnings.add("the index does not match the dump (" + why + "); split " + split.number()
                + " read sequentially from byte " + from);
        InputStream slice;
        try {
            in.seek(from);
            slice = BoundedInputStream.builder().setInputStream(in).setMaxCount(to - from).get();
        } catch (IOException e) {
            failure = e;
            throw new java.io.UncheckedIOException(e);
        }
        fallback = DumpSources.openFrom(slice, from, split.fileSize(), siteInfo, to >= split.fileSize(), true);
        return next();
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
        return fallback != null ? split.streams().get(next - 1).offset() + fallback.inputBytesConsumed() : consumed;
    }

    @Override
    public long inputSize() {
        return split.fileSize();
    }

    @Override
    public long xmlBytes() {
        return xmlBytes + (fallback != null ? fallback.xmlBytes() : 0);
    }

    @Override
    public boolean indexed() {
        return true;
    }

    @Override
    public List<String> warnings() {
        if (fallback == null) {
            return warnings;
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(fallback.warnings());
        return all;
    }

    @Override
    public void close() {
        if (fallback != null) {
            fallback.close();
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only
        }
    }
}
