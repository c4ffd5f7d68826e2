package org.wikirefine.spark;

import java.io.Serializable;
import java.util.List;

import org.wikirefine.internal.dump.MultistreamIndex;

/**
 * One input split: a run of consecutive bz2 streams of a multistream dump (with the pages the index lists in each,
 * for naming the pages of a damaged stream), or a sequential read: the whole dump when there is no index, or the
 * rest of it from the first stream the index does not prove (as the CLI reads on where an index lies).
 *
 * @param number      split number, 0-based, in dump order
 * @param uri         the dump, as a qualified Hadoop path URI
 * @param fileSize    the dump's size in bytes
 * @param headerEnd   the siteinfo lives in the compressed bytes {@code [0, headerEnd)} (0: read it from the split)
 * @param streams     the streams of this split, in order (empty for a sequential split)
 * @param ends        for each stream, where its bytes end (the next stream's offset, or the file size)
 * @param lastStream  whether the split's last stream is the dump's last indexed stream (decoded alone: the footer
 *                    stream follows)
 * @param seenBefore  ids of this split's pages that the index lists in an earlier split (they become
 *                    {@code DUPLICATE_ID} errors, as in the CLI)
 * @param sequentialFrom for a sequential split, the byte it starts at (0: the whole dump, header included; else a
 *                    proven bz2 stream start between pages); -1 for an indexed split
 */
record DumpSplit(int number, String uri, long fileSize, long headerEnd, List<Stream> streams, long[] ends,
                 boolean lastStream, long[] seenBefore, long sequentialFrom) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A serializable copy of {@link MultistreamIndex.Stream}. */
    record Stream(long offset, long[] ids, String[] titles) implements Serializable {
        private static final long serialVersionUID = 1L;

        MultistreamIndex.Stream toIndexStream() {
            return new MultistreamIndex.Stream(offset, ids, titles);
        }
    }

    /** A sequential read from {@code from} to the end of the dump ({@code headerEnd} 0 when {@code from} is 0). */
    static DumpSplit sequential(int number, String uri, long fileSize, long headerEnd, long from) {
        return new DumpSplit(number, uri, fileSize, headerEnd, List.of(), new long[0], false, new long[0], from);
    }

    boolean indexed() {
        return sequentialFrom < 0;
    }

    long compressedBytes() {
        return indexed() ? ends[ends.length - 1] - streams.get(0).offset() : fileSize - sequentialFrom;
    }

    int pagesInIndex() {
        int n = 0;
        for (Stream s : streams) {
            n += s.ids().length;
        }
        return n;
    }
}
