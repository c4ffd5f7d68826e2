package org.wikirefine.internal.dump;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongConsumer;

import org.wikirefine.DumpException;
import org.wikirefine.SiteInfo;

/**
 * One pass over a (possibly compressed) stream that survives damage: bz2 is decoded block by block
 * ({@link Bz2Blocks}) and the XML is cut into pages ({@link PageSplitter}), so a bad block or a malformed page
 * costs only itself and reading goes on. Only a gzip decoding error ends the input (deflate cannot be
 * resynchronised), as a {@link DumpItem.Fatal} after everything decoded before it. One unit per item.
 */
final class SequentialSource implements DumpSource {

    private final CountingInputStream raw;
    private final long inputSize;
    private final PieceSource pieces;
    private final PageSplitter splitter;
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private long unit;
    private boolean done;

    /**
     * @param decodeThreads threads decoding bz2 blocks in parallel ({@link Bz2Blocks}); 0 decodes them on the
     *                      reading thread
     */
    SequentialSource(InputStream rawIn, long inputSize, int decodeThreads, boolean verifySha1) {
        this(rawIn, 0, inputSize, null, decodeThreads, verifySha1);
    }

    /**
     * @param rawIn  the input from byte {@code base} on
     * @param known  the siteinfo when {@code rawIn} starts between pages (a bz2 stream boundary found by index),
     *               else {@code null}
     */
    SequentialSource(InputStream rawIn, long base, long inputSize, SiteInfo known, int decodeThreads,
                     boolean verifySha1) {
        this(rawIn, base, inputSize, known, true, decodeThreads, verifySha1);
    }

    /**
     * @param toTheEnd {@code false} for a slice that ends where another bz2 stream starts (not the end of the
     *                 document), so no {@code </mediawiki>} footer is expected there
     */
    SequentialSource(InputStream rawIn, long base, long inputSize, SiteInfo known, boolean toTheEnd,
                     int decodeThreads, boolean verifySha1) {
        this.raw = new CountingInputStream(rawIn);
        this.inputSize = inputSize;
        try {
            this.pieces = pieces(new BufferedInputStream(raw, 1 << 16), base, decodeThreads);
        } catch (DumpException e) {
            closeQuietly(rawIn);
            throw e;
        } catch (IOException e) {
            closeQuietly(rawIn);
            throw new DumpException(Xml.reasonOf(e), "cannot read the dump header: " + Xml.detailOf(e), e);
        }
        this.splitter = new PageSplitter(pieces, known, verifySha1, warnings, toTheEnd);
        try {
            splitter.readHeader();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private PieceSource pieces(BufferedInputStream b, long base, int decodeThreads) throws IOException {
        if (Compression.sniff(b) != Compression.BZIP2) {
            return new StreamPieces(utf8(Compression.decompress(b)), raw::count);
        }
        Bz2Blocks blocks = new Bz2Blocks(b, base, warnings::add, decodeThreads);
        PieceSource.Piece first;
        try {
            first = blocks.next();
        } catch (RuntimeException e) {
            blocks.close();   // its decode threads
            throw e;
        }
        PieceSource all = PieceStreams.withFirst(first, blocks);
        if (first != null && first.data() != null && utf16(first.data()) != null) {
            // rare (old exports): decoded as one stream, without block resynchronisation
            return new StreamPieces(utf8(PieceStreams.asStream(all)), raw::count);
        }
        return all;
    }

    /** UTF-16 byte order from a BOM or from {@code <} as the first character, or {@code null}. */
    private static java.nio.charset.Charset utf16(byte[] h) {
        if (h.length < 2) {
            return null;
        }
        int b0 = h[0] & 0xff;
        int b1 = h[1] & 0xff;
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 == '<') {
            return StandardCharsets.UTF_16BE;
        }
        return b0 == 0xFF && b1 == 0xFE || b0 == '<' && b1 == 0 ? StandardCharsets.UTF_16LE : null;
    }

    /** UTF-16 dumps are turned into UTF-8, which the byte-level page splitter works on. */
    private static InputStream utf8(InputStream decoded) throws IOException {
        BufferedInputStream in = new BufferedInputStream(decoded, StreamPieces.READ);
        in.mark(4);
        byte[] h = in.readNBytes(2);
        in.reset();
        java.nio.charset.Charset cs = utf16(h);
        if (cs == null) {
            return in;
        }
        Reader r = new InputStreamReader(in, cs);
        return new Utf8Encoding(r);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // already failing; the original error is what matters
        }
    }

    @Override
    public SiteInfo siteInfo() {
        return splitter.siteInfo();
    }

    /** Whether the input ended with {@code </mediawiki>}. */
    boolean complete() {
        return splitter.sawFooter();
    }

    @Override
    public Unit next() {
        if (done) {
            return null;
        }
        DumpItem item = splitter.next();
        if (item == null) {
            done = true;
            return null;
        }
        if (item instanceof DumpItem.Fatal) {
            done = true;
        }
        return new Unit(unit++, List.of(item));
    }

    @Override
    public void skip(long units, LongConsumer ids) {
        for (long i = 0; i < units; i++) {
            Unit u = next();
            if (u == null) {
                return;
            }
            for (DumpItem it : u.items()) {
                if (it instanceof DumpItem.Ok ok) {
                    ids.accept(ok.page().id());
                } else if (it instanceof DumpItem.Failed f && f.error().id() != null) {
                    ids.accept(f.error().id());
                }
            }
        }
    }

    @Override
    public long totalUnits() {
        return -1;
    }

    @Override
    public long inputBytesConsumed() {
        return raw.count();
    }

    @Override
    public long inputSize() {
        return inputSize;
    }

    @Override
    public long xmlBytes() {
        return splitter.xmlBytes();
    }

    @Override
    public boolean indexed() {
        return false;
    }

    @Override
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public void close() {
        pieces.close();
        closeQuietly(raw);
    }
}
