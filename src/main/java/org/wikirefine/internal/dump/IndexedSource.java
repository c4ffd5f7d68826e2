package org.wikirefine.internal.dump;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import javax.xml.stream.XMLStreamException;

import org.wikirefine.DumpException;
import org.wikirefine.SiteInfo;

/**
 * Reads a bz2 multistream dump stream by stream, using its index. Each stream is decoded whole, into memory,
 * and only parsed once its CRC has matched: commons-compress reports a bit flip only at the end of a block,
 * after handing out the damaged data, and drops decoded bytes on a late error (reliability.md 3.4). A damaged
 * stream therefore costs exactly its own pages, which become error records named from the index. Streams are
 * decoded in parallel (decoding, at ~37 MB/s per thread, is the first bottleneck) and handed out in order.
 *
 * <p>The index is not trusted blindly: every offset must lie inside the file, go up, and start a bz2 stream, and
 * each stream's pages must be the ones the index lists. From the first stream where that fails, the rest of the
 * file is read sequentially ({@link SequentialSource} from that stream's start, which the streams before it
 * prove), so a wrong index never costs a page; index entries the dump does not hold are a warning, not pages.
 * Units read that way are numbered from {@code streams.size()} on, so a resume can tell them apart.
 */
final class IndexedSource implements DumpSource {

    /** Hard cap on one decoded stream: 100 pages of at most a few MB each fit easily. */
    static final int MAX_STREAM_BYTES = 1 << 30;

    private final Path file;
    private final FileChannel ch;
    private final long size;
    private final List<MultistreamIndex.Stream> streams;
    private final boolean verifySha1;
    private final int decodeThreads;
    private final ExecutorService pool;
    private final int window;
    private final DecodeAhead<Decoded> inFlight;
    /** Leading streams whose offsets check out; the rest of the file is read sequentially. */
    private final int trusted;
    private String distrust;

    /** A decoded unit, its XML size (counted only when handed out), and why it disagrees with the index. */
    private record Decoded(Unit unit, long xmlBytes, String mismatch) {
    }
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong xmlBytes = new AtomicLong();
    private volatile long consumed;
    private int nextSubmit;
    private SiteInfo siteInfo = SiteInfo.empty();

    private SequentialSource fallback;
    private long fallbackBase;
    private int fallbackFrom;
    private long fallbackUnits;
    private final IdSet seenInFallback = new IdSet();
    private boolean tailDone;

    /**
     * Decoded bytes of the streams the support-data pre-pass decoded through this source, kept for {@link #next()}
     * so that they are not decoded a second time (only parsed again); at most {@link #keepBudget} bytes (0: none).
     * Raw bytes rather than parsed pages: a few large arrays cost the collector next to nothing to hold, while
     * thousands of page strings were copied from survivor space to survivor space under a small heap.
     */
    private final Map<Integer, byte[]> kept = new ConcurrentHashMap<>();
    private long keepBudget;
    private long keptBytes;

    IndexedSource(Path file, MultistreamIndex index, int decodeThreads, boolean verifySha1) throws IOException {
        this.file = file;
        this.ch = FileChannel.open(file, StandardOpenOption.READ);
        this.size = ch.size();
        this.streams = index.streams();
        this.verifySha1 = verifySha1;
        int n = Math.max(1, decodeThreads);
        this.decodeThreads = n;
        this.pool = DecodeAhead.decodeThreads(n);
        // enough decoded streams queued to keep workers busy, few enough to bound memory (~100 pages each)
        this.window = 2 * n + 2;
        this.inFlight = new DecodeAhead<>(pool, window, "stream decoder");
        if (streams.isEmpty()) {
            close();
            throw new DumpException("BAD_INDEX", "the index lists no pages");
        }
        IndexCheck.Verdict verdict = IndexCheck.check(streams, size, this::readAt);
        int firstBad = verdict.firstBad();
        this.distrust = verdict.why();
        this.trusted = verdict.trusted();
        try {
            if (firstBad == 0) {
                // not even the first offset starts a stream: read the whole file, header included, sequentially
                startFallback(0, 0, null);
                siteInfo = fallback.siteInfo();
                return;
            }
            long first = streams.get(0).offset();
            if (first > 0) {
                readHeader(first);
            } else {
                // no separate header stream: siteinfo shares the first stream with the first pages; StAX stops
                // after </siteinfo>, so the pages that follow are parsed later, with their stream
                readHeader(streams.size() > 1 ? streams.get(1).offset() : size);
                xmlBytes.set(0);   // that stream is counted when it is decoded again as unit 0
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** A positional read of the file (safe from several threads). */
    private int readAt(long pos, byte[] b, int off, int len) throws IOException {
        return ch.read(ByteBuffer.wrap(b, off, len), pos);
    }

    /** Reads on without the index from stream {@code from} (at input byte {@code base}). */
    private void startFallback(int from, long base, SiteInfo known) throws IOException {
        warnings.add("the index does not match the dump (" + distrust + "); read sequentially from byte " + base
                + (from > 0 ? " (stream " + from + " of the index)" : ""));
        FileChannel c = FileChannel.open(file, StandardOpenOption.READ);
        c.position(base);
        fallback = new SequentialSource(java.nio.channels.Channels.newInputStream(c), base, size, known,
                decodeThreads, verifySha1);
        fallbackBase = base;
        fallbackFrom = from;
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
        to = Math.min(to, size);   // an index offset past the end must not size a buffer
        long len = Math.max(0, to - from);
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

    /** {@link Bz2Decoding#decode} of a stream (or of concatenated streams) up to the stream cap. */
    static byte[] decodeBz2(byte[] comp, boolean concatenated) throws IOException {
        return Bz2Decoding.decode(comp, concatenated, MAX_STREAM_BYTES, STREAM_OVER_LIMIT);
    }

    /** {@link #decodeBz2} with commons-compress only (the reference of the tests). */
    static byte[] decodeBz2Commons(byte[] comp, boolean concatenated) throws IOException {
        return Bz2Decoding.decodeCommons(comp, concatenated, MAX_STREAM_BYTES, STREAM_OVER_LIMIT);
    }

    private static final String STREAM_OVER_LIMIT = "decoded stream exceeds " + MAX_STREAM_BYTES + " bytes";

    /** Size of the stream the current decoder thread decoded last (decodeCounted runs on pool threads). */
    private static final ThreadLocal<Long> decodedBytes = ThreadLocal.withInitial(() -> 0L);

    static long lastDecodedBytes() {
        return decodedBytes.get();
    }

    private Decoded decodeCounted(int i) {
        return decodeStream(i, true).decoded();
    }

    /** A stream as decoded: its bytes ({@code null} when damaged or past the end of the file) and its unit. */
    private record DecodedStream(byte[] data, Decoded decoded) {
    }

    /** @param tailCheck whether the last stream's footer is checked (it warns; once per run, by the main pass) */
    private DecodedStream decodeStream(int i, boolean tailCheck) {
        decodedBytes.set(0L);
        MultistreamIndex.Stream s = streams.get(i);
        boolean last = i == streams.size() - 1;
        long end = last ? size : streams.get(i + 1).offset();
        if (s.offset() >= size) {
            return new DecodedStream(null,
                    new Decoded(new Unit(i, decodeItems(s, null, size, last, siteInfo, verifySha1)), 0, null));
        }
        byte[] comp;
        byte[] data;
        try {
            comp = read(s.offset(), end);
            data = decodeBz2(comp, !last);
        } catch (IOException | RuntimeException e) {
            return new DecodedStream(null, new Decoded(new Unit(i, damaged(s, e)), 0, null));
        }
        if (last && tailCheck) {
            checkTail(s.offset(), data);
        }
        return new DecodedStream(data, parsed(i, data));
    }

    /** The unit of stream {@code i} from its decoded bytes, checked against the index. */
    private Decoded parsed(int i, byte[] data) {
        List<DumpItem> items = parseStream(data, siteInfo, verifySha1);
        return new Decoded(new Unit(i, items), data.length, mismatch(streams.get(i), items));
    }

    /** Why a stream's pages are not the ones the index lists for it, or {@code null} when they are. */
    static String mismatch(MultistreamIndex.Stream s, List<DumpItem> items) {
        Set<Long> listed = new HashSet<>();
        for (long id : s.ids()) {
            listed.add(id);
        }
        Long first = items.isEmpty() ? null : idOf(items.get(0));
        if (items.size() != s.ids().length || first != null && first != s.ids()[0]) {
            return "the stream at offset " + s.offset() + " holds " + items.size() + " pages starting with id " + first
                    + ", the index lists " + s.ids().length + " starting with id " + s.ids()[0];
        }
        for (DumpItem it : items) {
            Long id = idOf(it);
            if (id != null && !listed.contains(id)) {
                return "the stream at offset " + s.offset() + " holds page id " + id + ", which the index does not"
                        + " list there";
            }
        }
        return null;
    }

    private static Long idOf(DumpItem it) {
        if (it instanceof DumpItem.Ok ok) {
            return ok.page().id();
        }
        return it instanceof DumpItem.Failed f ? f.error().id() : null;
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
     * @throws DumpException {@code DTD_NOT_ALLOWED} when the stream carries a DOCTYPE
     */
    static List<DumpItem> decodeItems(MultistreamIndex.Stream s, byte[] compressed, long fileSize, boolean last,
                                      SiteInfo siteInfo, boolean verifySha1) {
        return decodeChecked(s, compressed, fileSize, last, siteInfo, verifySha1).items();
    }

    /**
     * {@link #decodeItems}, and whether the stream's pages are the ones the index lists there: a reader that gets a
     * mismatch drops the items and reads on without the index, as this source does.
     */
    static ByteRangeDecoding.StreamItems decodeChecked(MultistreamIndex.Stream s, byte[] compressed, long fileSize,
                                                       boolean last, SiteInfo siteInfo, boolean verifySha1) {
        List<DumpItem> items = new ArrayList<>(s.ids().length);
        if (compressed == null) {
            for (int k = 0; k < s.ids().length; k++) {
                items.add(new DumpItem.Failed(ErrorRecord.forPage(s.ids()[k], s.titles()[k], "decompress",
                        "TRUNCATED", "the file ends (at " + fileSize + " bytes) before the bz2 stream at offset "
                                + s.offset())));
            }
            return new ByteRangeDecoding.StreamItems(items, null);
        }
        byte[] data;
        try {
            // the last indexed stream is followed by the footer stream (and maybe junk): decode only itself
            data = decodeBz2(compressed, !last);
        } catch (IOException | RuntimeException e) {
            return new ByteRangeDecoding.StreamItems(damaged(s, e), null);
        }
        decodedBytes.set((long) data.length);
        items.addAll(parseStream(data, siteInfo, verifySha1));
        String mismatch = mismatch(s, items);
        Set<Long> seen = new HashSet<>();
        for (DumpItem it : items) {
            Long id = idOf(it);
            if (id != null) {
                seen.add(id);
            }
        }
        for (int k = 0; k < s.ids().length; k++) {
            if (!seen.contains(s.ids()[k])) {
                items.add(new DumpItem.Failed(ErrorRecord.forPage(s.ids()[k], s.titles()[k], "read",
                        "MISSING_FROM_STREAM", "the index lists this page in the stream at offset " + s.offset()
                                + " but the stream does not contain it")));
            }
        }
        return new ByteRangeDecoding.StreamItems(items, mismatch);
    }

    /**
     * The pages of one decoded stream, each parsed on its own ({@link PageSplitter}): a malformed page costs
     * only itself.
     *
     * @throws DumpException {@code DTD_NOT_ALLOWED} when the stream carries a DOCTYPE
     */
    static List<DumpItem> parseStream(byte[] data, SiteInfo siteInfo, boolean verifySha1) {
        PageSplitter split = PageSplitter.forStream(data, siteInfo, verifySha1, new ArrayList<>());
        List<DumpItem> items = new ArrayList<>();
        DumpItem it;
        while ((it = split.next()) != null) {
            items.add(it);
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
                        byte[] tail = IndexCheck.decodeStart(rest, k, rest.length);
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
            if (at < 0 && PageChunks.indexOf(lastData, 0, lastData.length, "</mediawiki>") < 0) {
                warnings.add("no clean </mediawiki> footer stream after the last indexed stream (truncated dump or"
                        + " trailing data); all indexed streams were read");
            }
        } catch (IOException e) {
            warnings.add("cannot check the dump footer: " + Xml.detailOf(e));
        }
    }

    @Override
    public SiteInfo siteInfo() {
        return siteInfo;
    }

    private void fill() {
        while (inFlight.hasRoom() && nextSubmit < trusted) {
            final int i = nextSubmit++;
            byte[] decoded = kept.remove(i);
            if (decoded != null) {
                inFlight.submit(() -> parsed(i, decoded));
            } else {
                inFlight.submit(() -> decodeCounted(i));
            }
        }
    }

    @Override
    public Unit next() throws InterruptedException {
        if (fallback != null) {
            return nextFallback();
        }
        fill();
        if (inFlight.isEmpty()) {
            if (trusted < streams.size()) {
                // the offsets after these streams are wrong: read on from the first one that is not proven
                return switchToSequential(trusted);
            }
            return null;
        }
        Decoded d = inFlight.take();
        Unit u = d.unit();
        int i = (int) u.index();
        if (d.mismatch() != null) {
            distrust = d.mismatch();
            return switchToSequential(i);
        }
        xmlBytes.addAndGet(d.xmlBytes());
        consumed = i + 1 < streams.size() ? Math.min(size, streams.get(i + 1).offset()) : size;
        fill();
        return u;
    }

    private Unit switchToSequential(int from) throws InterruptedException {
        inFlight.cancelAll();
        kept.clear();
        try {
            startFallback(from, streams.get(from).offset(), siteInfo);
        } catch (IOException e) {
            throw new DumpException("READ_FAILED", "cannot reopen " + file + ": " + e.getMessage(), e);
        }
        return nextFallback();
    }

    /** A unit read without the index; at the end, what the index lists but the dump does not hold. */
    private Unit nextFallback() {
        Unit u = fallback.next();
        long index = streams.size() + fallbackUnits++;
        if (u == null) {
            if (tailDone) {
                return null;
            }
            tailDone = true;
            List<DumpItem> tail = unheldIndexEntries(false);
            return tail.isEmpty() ? null : new Unit(index, tail);
        }
        List<DumpItem> items = new ArrayList<>();
        for (DumpItem it : u.items()) {
            Long id = idOf(it);
            if (id != null) {
                seenInFallback.add(id);
            }
            if (it instanceof DumpItem.Fatal && !tailDone) {
                tailDone = true;
                items.addAll(unheldIndexEntries(true));   // before the fatal item, which ends the run
            }
            items.add(it);
        }
        return new Unit(index, items);
    }

    /**
     * Index entries from the fallback point on that the dump did not hold. In a truncated file they are pages
     * lost with the missing end (TRUNCATED records, counted); in a complete file the index made them up, so
     * they are a warning and never counted as read.
     */
    private List<DumpItem> unheldIndexEntries(boolean truncated) {
        List<DumpItem> out = new ArrayList<>();
        StringBuilder sample = new StringBuilder();
        long unheld = 0;
        for (int j = fallbackFrom; j < streams.size(); j++) {
            MultistreamIndex.Stream s = streams.get(j);
            for (int k = 0; k < s.ids().length; k++) {
                if (seenInFallback.contains(s.ids()[k])) {
                    continue;
                }
                unheld++;
                if (truncated) {
                    out.add(new DumpItem.Failed(ErrorRecord.forPage(s.ids()[k], s.titles()[k], "decompress",
                            "TRUNCATED", "the file ends before this page, which the index lists")));
                } else if (unheld <= 10) {
                    sample.append(unheld > 1 ? ", " : "").append(s.ids()[k]);
                }
            }
        }
        if (!truncated && unheld > 0) {
            warnings.add("the index lists " + unheld + " page(s) the dump does not hold (ids " + sample
                    + (unheld > 10 ? ", …" : "") + "); they are not counted");
        }
        return out;
    }

    @Override
    public void skip(long units, LongConsumer ids) throws InterruptedException {
        if (!inFlight.isEmpty()) {
            throw new IllegalStateException("skip only before reading");
        }
        if (fallback == null && units <= trusted) {
            // units handed out by index were checked against the dump when the earlier run read them
            for (int i = 0; i < units; i++) {
                for (long id : streams.get(i).ids()) {
                    ids.accept(id);
                }
            }
            nextSubmit = (int) units;
            kept.keySet().removeIf(i -> i < units);
            consumed = units < streams.size() ? Math.min(size, streams.get((int) units).offset()) : size;
            return;
        }
        // the earlier run read on without the index: replay to the same point (deterministic)
        long done = 0;
        while (done < units) {
            Unit u = next();
            if (u == null) {
                return;
            }
            for (DumpItem it : u.items()) {
                Long id = idOf(it);
                if (id != null) {
                    ids.accept(id);
                }
            }
            done = u.index() + 1;
        }
    }

    /** The index's page ids of one unit (for resume bookkeeping and support-data pre-passes). */
    MultistreamIndex.Stream stream(int i) {
        return streams.get(i);
    }

    /**
     * Decodes the streams numbered {@code wanted} (any order) on the decode threads and hands each unit to
     * {@code sink} in the order of {@code wanted}, outside the in-order flow of {@link #next()} (support-data
     * pre-pass). As in that flow, at most a window of decoded streams is in flight at a time. The decoded bytes of
     * the streams are kept for {@link #next()} as long as they fit {@code keepBytes} in all (0: none kept, memory
     * bounded by the window): a stream is then decoded once per run instead of twice. Call before the first
     * {@link #next()}.
     */
    void decodeEach(int[] wanted, long keepBytes, Consumer<Unit> sink) throws InterruptedException {
        if (nextSubmit > 0 || fallback != null) {
            keepBytes = 0;   // next() is past the start or reads without the index: nothing to keep for
        }
        keepBudget = keepBytes;
        DecodeAhead<DecodedStream> ahead = new DecodeAhead<>(pool, window, "stream decoder");
        int next = 0;
        try {
            while (next < wanted.length || !ahead.isEmpty()) {
                while (ahead.hasRoom() && next < wanted.length) {
                    int i = wanted[next++];
                    ahead.submit(() -> decodeStream(i, false));
                }
                DecodedStream d = ahead.take();
                sink.accept(d.decoded().unit());
                keep((int) d.decoded().unit().index(), d.data());
            }
        } finally {
            ahead.cancelAll();
        }
    }

    /**
     * Keeps the bytes of a stream the pre-pass decoded, unless over the budget. The last stream is never kept: the
     * main pass decodes it again to check the footer that follows it.
     */
    private void keep(int i, byte[] data) {
        if (data == null || keepBudget <= 0 || i >= trusted || i == streams.size() - 1) {
            return;
        }
        if (keptBytes + data.length <= keepBudget) {
            keptBytes += data.length;
            kept.put(i, data);
        }
    }

    /** Units kept from the pre-pass and not yet handed out (tests). */
    int keptUnits() {
        return kept.size();
    }

    @Override
    public long totalUnits() {
        return streams.size();
    }

    @Override
    public long inputBytesConsumed() {
        return fallback != null ? fallbackBase + fallback.inputBytesConsumed() : consumed;
    }

    @Override
    public long inputSize() {
        return size;
    }

    @Override
    public long xmlBytes() {
        return xmlBytes.get() + (fallback != null ? fallback.xmlBytes() : 0);
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
        kept.clear();
        if (fallback != null) {
            fallback.close();
        }
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
