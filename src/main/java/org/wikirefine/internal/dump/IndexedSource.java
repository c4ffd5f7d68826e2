package org.wikirefine.internal.dump;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import javax.xml.stream.XMLStreamException;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.wikirefine.DumpException;
import org.wikirefine.SiteInfo;

/**
 * Reads a bz2 multistream dump stream by stream, using its index. Each stream is decoded whole, into memory,
 * and only parsed once its CRC has matched: commons-compress reports a bit flip only at the end of a block,
 * after handing out the damaged data, and drops decoded bytes on a late error (reliability.md 3.4). A damaged
 * stream therefore costs exactly its own pages, which become error records named from the index. Streams are
 * decoded in parallel (decoding, at ~37 MB/s per thread, is the first bottleneck) and handed out in order.
 */
final class IndexedSource implements DumpSource {

    /** Hard cap on one decoded stream: 100 pages of at most a few MB each fit easily. */
    static final int MAX_STREAM_BYTES = 1 << 30;

    private static final byte[] OPEN = "<mediawiki>".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CLOSE = "</mediawiki>".getBytes(StandardCharsets.UTF_8);

    private final Path file;
    private final FileChannel ch;
    private final long size;
    private final List<MultistreamIndex.Stream> streams;
    private final boolean verifySha1;
    private final ExecutorService pool;
    private final int window;
    private final ArrayDeque<Future<Decoded>> inFlight = new ArrayDeque<>();

    /** A decoded unit and its XML size, counted only when handed out (decoding runs ahead). */
    private record Decoded(Unit unit, long xmlBytes) {
    }
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong xmlBytes = new AtomicLong();
    private volatile long consumed;
    private int nextSubmit;
    private SiteInfo siteInfo = SiteInfo.empty();

    IndexedSource(Path file, MultistreamIndex index, int decodeThreads, boolean verifySha1) throws IOException {
        this.file = file;
        this.ch = FileChannel.open(file, StandardOpenOption.READ);
        this.size = ch.size();
        this.streams = index.streams();
        this.verifySha1 = verifySha1;
        int n = Math.max(1, decodeThreads);
        AtomicInteger tn = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "bz2-decode-" + tn.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // enough decoded streams queued to keep workers busy, few enough to bound memory (~100 pages each)
        this.window = 2 * n + 2;
        if (streams.isEmpty()) {
            throw new DumpException("BAD_INDEX", "the index lists no pages");
        }
        long first = streams.get(0).offset();
        // offsets past the end are not refused: a truncated dump with its full index must still account for
        // the missing streams' pages (each becomes a TRUNCATED error record)
        if (first > 0) {
            readHeader(first);
        } else {
            // no separate header stream: siteinfo shares the first stream with the first pages; StAX stops
            // after </siteinfo>, so the pages that follow are parsed later, with their stream
            readHeader(streams.size() > 1 ? streams.get(1).offset() : size);
            xmlBytes.set(0);   // that stream is counted when it is decoded again as unit 0
        }
    }

    private void readHeader(long end) {
        byte[] decoded;
        try {
            decoded = decode(0, Math.min(end, size), true);
        } catch (IOException e) {
            warnings.add("header stream unreadable, siteinfo unknown: " + Xml.detailOf(e));
            return;
        }
        xmlBytes.addAndGet(decoded.length);
        try {
            siteInfo = parseHeader(decoded, warnings);
        } catch (DumpException e) {
            close();
            throw e;
        }
    }

    /**
     * The siteinfo of a decoded header stream (an unclosed document prefix), or {@link SiteInfo#empty()}.
     * Problems other than a DOCTYPE are added to {@code warnings}.
     *
     * @throws DumpException {@code DTD_NOT_ALLOWED} when the header has a DOCTYPE
     */
    static SiteInfo parseHeader(byte[] decoded, List<String> warnings) {
        try {
            PageParser p = new PageParser(Xml.reader(new ByteArrayInputStream(decoded)));
            p.readHeader(true);
            return p.siteInfo() != null ? p.siteInfo() : SiteInfo.empty();
        } catch (XMLStreamException e) {
            // the header stream is an unclosed document prefix; an error after </siteinfo> is expected
            warnings.add("header stream: " + Xml.detailOf(e));
            return SiteInfo.empty();
        }
    }

    private byte[] read(long from, long to) throws IOException {
        long len = to - from;
        if (len > MAX_STREAM_BYTES) {
            throw new IOException("compressed stream of " + len + " bytes exceeds the limit");
        }
        ByteBuffer buf = ByteBuffer.allocate((int) len);
        long pos = from;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos);   // positional read: safe from several decoder threads
            if (n < 0) {
                break;
            }
            pos += n;
        }
        return buf.array().length == buf.position() ? buf.array() : java.util.Arrays.copyOf(buf.array(), buf.position());
    }

    private byte[] decode(long from, long to, boolean concatenated) throws IOException {
        return decodeBz2(read(from, to), concatenated);
    }

    /** Decodes bz2 data whole (one stream, or all concatenated streams), refusing more than the stream cap. */
    static byte[] decodeBz2(byte[] comp, boolean concatenated) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, comp.length * 4));
        try (InputStream in = new BZip2CompressorInputStream(new ByteArrayInputStream(comp), concatenated)) {
            byte[] b = new byte[1 << 16];
            int n;
            while ((n = in.read(b)) > 0) {
                out.write(b, 0, n);
                if (out.size() > MAX_STREAM_BYTES) {
                    throw new IOException("decoded stream exceeds " + MAX_STREAM_BYTES + " bytes");
                }
            }
        }
        return out.toByteArray();
    }

    /** Size of the stream the current decoder thread decoded last (decodeUnit runs on pool threads). */
    private static final ThreadLocal<Long> decodedBytes = ThreadLocal.withInitial(() -> 0L);

    static long lastDecodedBytes() {
        return decodedBytes.get();
    }

    private Decoded decodeCounted(int i) {
        decodedBytes.set(0L);
        Unit u = decodeUnit(i);
        return new Decoded(u, decodedBytes.get());
    }

    private Unit decodeUnit(int i) {
        MultistreamIndex.Stream s = streams.get(i);
        boolean last = i == streams.size() - 1;
        long end = last ? size : streams.get(i + 1).offset();
        if (s.offset() >= size) {
            return new Unit(i, decodeItems(s, null, size, last, siteInfo, verifySha1, null));
        }
        byte[] comp;
        try {
            comp = read(s.offset(), end);
        } catch (IOException | RuntimeException e) {
            return new Unit(i, damaged(s, e));
        }
        return new Unit(i, decodeItems(s, comp, size, last, siteInfo, verifySha1, last ? d -> checkTail(s.offset(), d)
                : null));
    }

    /** Every page of a stream as a {@code decompress} error record. */
    private static List<DumpItem> damaged(MultistreamIndex.Stream s, Throwable e) {
        String reason = Xml.reasonOf(e);
        if ("XML_ERROR".equals(reason)) {
            reason = "DECOMPRESS_ERROR";
        }
        String detail = "bz2 stream at offset " + s.offset() + " is damaged: " + Xml.detailOf(e);
        List<DumpItem> items = new ArrayList<>(s.ids().length);
        for (int k = 0; k < s.ids().length; k++) {
            items.add(new DumpItem.Failed(ErrorRecord.forPage(s.ids()[k], s.titles()[k], "decompress", reason,
                    detail)));
        }
        return items;
    }

    /**
     * The items of one indexed stream, from its compressed bytes: every page the index lists comes out exactly
     * once, as a page or as an error record (damaged stream, malformed XML, missing from the stream), plus any
     * page the stream holds beyond the index. Used by this source and by other readers of byte ranges (the Spark
     * job), so both account for pages identically.
     *
     * @param compressed the stream's bytes, from its offset to the next stream's offset (for the last stream: to
     *                   the end of the file, since only the first bz2 stream there is decoded); {@code null} when
     *                   the offset lies past the end of the file
     * @param fileSize   the dump's size, for the message of a truncated file
     * @param last       whether this is the last indexed stream (decoded alone, the footer stream follows)
     * @param onDecoded  receives the decoded XML of the stream (may be {@code null})
     * @throws DumpException {@code DTD_NOT_ALLOWED} when the stream carries a DOCTYPE
     */
    static List<DumpItem> decodeItems(MultistreamIndex.Stream s, byte[] compressed, long fileSize, boolean last,
                                      SiteInfo siteInfo, boolean verifySha1,
                                      java.util.function.Consumer<byte[]> onDecoded) {
        List<DumpItem> items = new ArrayList<>(s.ids().length);
        if (compressed == null) {
            for (int k = 0; k < s.ids().length; k++) {
                items.add(new DumpItem.Failed(ErrorRecord.forPage(s.ids()[k], s.titles()[k], "decompress",
                        "TRUNCATED", "the file ends (at " + fileSize + " bytes) before the bz2 stream at offset "
                                + s.offset())));
            }
            return items;
        }
        byte[] data;
        try {
            // the last indexed stream is followed by the footer stream (and maybe junk): decode only itself
            data = decodeBz2(compressed, !last);
        } catch (IOException | RuntimeException e) {
            return damaged(s, e);
        }
        decodedBytes.set((long) data.length);
        if (onDecoded != null) {
            onDecoded.accept(data);
        }
        int start = indexOf(data, "<page", 0);
        int stop = lastIndexOf(data, "</page>");
        Set<Long> seen = new HashSet<>();
        if (start >= 0 && stop > start) {
            if (start > 0 && indexOf(data, "<!DOCTYPE", 0) >= 0 && indexOf(data, "<!DOCTYPE", 0) < start) {
                throw new DumpException("DTD_NOT_ALLOWED", "the dump has a DOCTYPE; it is refused unread");
            }
            InputStream body = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                    new ByteArrayInputStream(OPEN), new ByteArrayInputStream(data, start, stop + 7 - start),
                    new ByteArrayInputStream(CLOSE))));
            try {
                PageParser p = new PageParser(Xml.reader(body));
                RawPage rp;
                while ((rp = p.next()) != null) {
                    seen.add(rp.id());
                    items.add(PageChecks.check(rp, siteInfo, verifySha1));
                }
            } catch (XMLStreamException | RuntimeException e) {
                // Woodstox cannot resume after a well-formedness error; the stream's other pages are lost
                String reason = e instanceof DumpException de ? de.reason() : Xml.reasonOf(e);
                if ("DECOMPRESS_ERROR".equals(reason)) {
                    reason = "XML_ERROR";
                }
                for (int k = 0; k < s.ids().length; k++) {
                    if (!seen.contains(s.ids()[k])) {
                        seen.add(s.ids()[k]);
                        items.add(new DumpItem.Failed(ErrorRecord.forPage(s.ids()[k], s.titles()[k], "xml", reason,
                                "stream at offset " + s.offset() + ": " + Xml.detailOf(e))));
                    }
                }
            }
        }
        for (int k = 0; k < s.ids().length; k++) {
            if (!seen.contains(s.ids()[k])) {
                items.add(new DumpItem.Failed(ErrorRecord.forPage(s.ids()[k], s.titles()[k], "read",
                        "MISSING_FROM_STREAM", "the index lists this page in the stream at offset " + s.offset()
                                + " but the stream does not contain it")));
            }
        }
        return items;
    }

    /** After the last page stream only the footer ({@code </mediawiki>}) should follow; warn about anything else. */
    private void checkTail(long offset, byte[] lastData) {
        // the page stream's compressed length is unknown; find where the next stream magic "BZh" starts
        try {
            byte[] rest = read(offset, size);
            int at = -1;
            for (int k = 4; k + 3 < rest.length; k++) {
                if (rest[k] == 'B' && rest[k + 1] == 'Z' && rest[k + 2] == 'h' && rest[k + 3] >= '1'
                        && rest[k + 3] <= '9') {
                    try {
                        byte[] tail = decodeBytes(rest, k);
                        String t = new String(tail, StandardCharsets.UTF_8).trim();
                        if (t.equals("</mediawiki>")) {
                            at = k;
                            break;
                        }
                    } catch (IOException ignored) {
                        // a "BZh" inside compressed data, keep looking
                    }
                }
            }
            if (at < 0 && indexOf(lastData, "</mediawiki>", 0) < 0) {
                warnings.add("no clean </mediawiki> footer stream after the last indexed stream (truncated dump or"
                        + " trailing data); all indexed streams were read");
            }
        } catch (IOException e) {
            warnings.add("cannot check the dump footer: " + Xml.detailOf(e));
        }
    }

    private static byte[] decodeBytes(byte[] buf, int from) throws IOException {
        try (InputStream in = new BZip2CompressorInputStream(new ByteArrayInputStream(buf, from, buf.length - from),
                true)) {
            return in.readNBytes(4096);
        }
    }

    static int indexOf(byte[] data, String needle, int from) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = from; i + n.length <= data.length; i++) {
            for (int k = 0; k < n.length; k++) {
                if (data[i + k] != n[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] data, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = data.length - n.length; i >= 0; i--) {
            for (int k = 0; k < n.length; k++) {
                if (data[i + k] != n[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public SiteInfo siteInfo() {
        return siteInfo;
    }

    private void fill() {
        while (inFlight.size() < window && nextSubmit < streams.size()) {
            final int i = nextSubmit++;
            inFlight.add(pool.submit(() -> decodeCounted(i)));
        }
    }

    @Override
    public Unit next() throws InterruptedException {
        fill();
        Future<Decoded> f = inFlight.poll();
        if (f == null) {
            return null;
        }
        Unit u;
        try {
            Decoded d = f.get();
            u = d.unit();
            xmlBytes.addAndGet(d.xmlBytes());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DumpException de) {
                throw de;
            }
            throw new IllegalStateException("stream decoder failed unexpectedly", e.getCause());
        }
        int i = (int) u.index();
        consumed = i + 1 < streams.size() ? streams.get(i + 1).offset() : size;
        fill();
        return u;
    }

    @Override
    public void skip(long units, LongConsumer ids) {
        if (!inFlight.isEmpty()) {
            throw new IllegalStateException("skip only before reading");
        }
        long n = Math.min(units, streams.size());
        for (int i = 0; i < n; i++) {
            for (long id : streams.get(i).ids()) {
                ids.accept(id);
            }
        }
        nextSubmit = (int) n;
        consumed = n < streams.size() ? streams.get((int) n).offset() : size;
    }

    /** The index's page ids of one unit (for resume bookkeeping and support-data pre-passes). */
    MultistreamIndex.Stream stream(int i) {
        return streams.get(i);
    }

    /** Decodes one stream by number, outside the in-order flow (support-data pre-pass). */
    Unit decodeOne(int i) {
        return decodeUnit(i);
    }

    @Override
    public long totalUnits() {
        return streams.size();
    }

    @Override
    public long inputBytesConsumed() {
        return consumed;
    }

    @Override
    public long inputSize() {
        return size;
    }

    @Override
    public long xmlBytes() {
        return xmlBytes.get();
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
        pool.shutdownNow();
        try {
            ch.close();
        } catch (IOException ignored) {
            // read-only channel
        }
    }

    Path file() {
        return file;
    }
}
