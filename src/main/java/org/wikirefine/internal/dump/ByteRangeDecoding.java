package org.wikirefine.internal.dump;

import java.io.IOException;
import java.util.List;

import org.wikirefine.DumpException;
import org.wikirefine.SiteInfo;

/**
 * Entry points into the by-index reader for callers that fetch the compressed bytes themselves (the Spark job
 * reads byte ranges through Hadoop's file system API on executors). The decoding, the checks and the error
 * records are exactly those of {@link IndexedSource}, so a page is accounted for identically by the CLI and the
 * Spark job. Internal API: not covered by compatibility promises.
 */
public final class ByteRangeDecoding {

    private ByteRangeDecoding() {
    }

    /** Where the header (siteinfo) ends: the bytes {@code [0, end)} hold it, decoded as concatenated streams. */
    public static long headerEnd(List<MultistreamIndex.Stream> streams, long fileSize) {
        long first = streams.get(0).offset();
        if (first > 0) {
            return Math.min(first, fileSize);
        }
        // no separate header stream: siteinfo shares the first stream with the first pages
        return Math.min(streams.size() > 1 ? streams.get(1).offset() : fileSize, fileSize);
    }

    /**
     * The siteinfo from the compressed header bytes {@code [0, headerEnd)}; {@link SiteInfo#empty()} (with a
     * warning) when it cannot be read.
     *
     * @throws DumpException {@code DTD_NOT_ALLOWED} when the header carries a DOCTYPE
     */
    public static SiteInfo siteInfo(byte[] compressedHeader, List<String> warnings) {
        byte[] decoded;
        try {
            decoded = IndexedSource.decodeBz2(compressedHeader, true);
        } catch (IOException | RuntimeException e) {
            warnings.add("header stream unreadable, siteinfo unknown: " + Xml.detailOf(e));
            return SiteInfo.empty();
        }
        return IndexedSource.parseHeader(decoded, warnings);
    }

    /**
     * The items of indexed stream {@code s}: each page the index lists comes out exactly once, as a page or an
     * error record. See {@link IndexedSource#decodeItems}.
     *
     * @param compressed the bytes from the stream's offset to the next stream's offset (the last stream: to the end
     *                   of the file), or {@code null} when the offset lies past the end of the file
     * @throws DumpException {@code DTD_NOT_ALLOWED} when the stream carries a DOCTYPE
     */
    public static List<DumpItem> decodeStream(MultistreamIndex.Stream s, byte[] compressed, long fileSize,
                                              boolean last, SiteInfo siteInfo, boolean verifySha1) {
        return IndexedSource.decodeItems(s, compressed, fileSize, last, siteInfo, verifySha1);
    }

    /**
     * The items of one indexed stream and why its pages are not the ones the index lists there ({@code null} when
     * they are, or when the stream could not be decoded): on a mismatch a reader drops the items and reads the
     * bytes on without the index, as the CLI does.
     */
    public record StreamItems(List<DumpItem> items, String mismatch) {
    }

    /** {@link #decodeStream}, with the check of the stream's pages against the index. */
    public static StreamItems decodeStreamChecked(MultistreamIndex.Stream s, byte[] compressed, long fileSize,
                                                  boolean last, SiteInfo siteInfo, boolean verifySha1) {
        return IndexedSource.decodeChecked(s, compressed, fileSize, last, siteInfo, verifySha1);
    }

    /** Size of the XML the calling thread decoded in its last {@link #decodeStream} call. */
    public static long lastDecodedBytes() {
        return IndexedSource.lastDecodedBytes();
    }
}
