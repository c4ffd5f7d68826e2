package org.wikirefine.internal.dump;

import java.io.Closeable;
import java.util.List;
import java.util.function.LongConsumer;

import org.wikirefine.SiteInfo;

/**
 * Pages of a dump in dump order, grouped in units. A unit is the smallest piece a run can be checkpointed
 * after and resumed from: one bz2 stream when reading by index, one page when reading sequentially.
 */
public interface DumpSource extends Closeable {

    /** Items of one unit, in dump order. */
    record Unit(long index, List<DumpItem> items) {
    }

    SiteInfo siteInfo();

    /** The next unit, or {@code null} when the input is exhausted (or ended with a {@link DumpItem.Fatal}). */
    Unit next() throws InterruptedException;

    /**
     * Skips units already committed by an earlier run (resume), reporting the page ids they held so that
     * duplicate detection still spans the whole dump. Cheap by index; sequential sources must re-read.
     */
    void skip(long units, LongConsumer ids) throws InterruptedException;

    /** Number of units, or -1 when unknown (sequential). */
    long totalUnits();

    /** Compressed input bytes consumed so far (for progress). */
    long inputBytesConsumed();

    /** Input size in bytes, or -1 (stdin). */
    long inputSize();

    /** Uncompressed XML bytes decoded so far (throughput is quoted in MB/s of XML). */
    long xmlBytes();

    /** Whether units are multistream streams read by index. */
    boolean indexed();

    /** Non-fatal problems with the input as a whole (e.g. junk after the last stream). */
    List<String> warnings();

    @Override
    void close();
}
